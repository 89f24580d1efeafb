//! Password hashing (argon2) and one-time secrets. Only hashes are stored.
use super::ServiceError;
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A new random secret for a link or a check-in token: 32 bytes, hex.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// What is stored for a token: its SHA-256, hex.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

type HashingJob = Box<dyn FnOnce() + Send>;

/// Argon2 takes 19 MiB and a core's time per hash, so hashes run on threads of their own, one per
/// core: at most that many at once, the others wait in the queue, and no hash holds a thread of
/// Tokio's blocking pool. (The allocator still keeps freed hash memory, about 400 MB after a
/// burst: `scripts/bench.sh` measures it.)
fn hashing_queue() -> &'static std::sync::mpsc::Sender<HashingJob> {
    static QUEUE: std::sync::OnceLock<std::sync::mpsc::Sender<HashingJob>> = std::sync::OnceLock::new();
    QUEUE.get_or_init(|| {
        let (queue, jobs) = std::sync::mpsc::channel::<HashingJob>();
        let jobs = std::sync::Arc::new(std::sync::Mutex::new(jobs));
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        for n in 0..cores {
            let jobs = std::sync::Arc::clone(&jobs);
            let spawned = std::thread::Builder::new().name(format!("argon2-{n}")).spawn(move || loop {
                let next = match jobs.lock() {
                    Ok(jobs) => jobs.recv(),
                    Err(_) => return,
                };
                let Ok(job) = next else { return };
                // A job that panics drops its reply (its caller gets an error); the thread goes on.
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
            });
            if let Err(e) = spawned {
                tracing::error!("hashing thread: {e}");
            }
        }
        queue
    })
}

/// Runs `work` on a hashing thread and waits for its answer without blocking the runtime.
async fn on_hashing_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, ServiceError> {
    let (reply, answer) = tokio::sync::oneshot::channel();
    hashing_queue()
        .send(Box::new(move || {
            let _ = reply.send(work());
        }))
        .map_err(|_| ServiceError::Internal("no hashing thread".into()))?;
    answer.await.map_err(|_| ServiceError::Internal("hashing failed".into()))
}

/// Hashes a new password (argon2 is deliberately slow).
///
/// # Errors
/// `Internal` if the hasher fails.
pub async fn hash_password(password: String) -> Result<String, ServiceError> {
    on_hashing_thread(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| ServiceError::Internal(format!("hash password: {e}")))
    })
    .await?
}

/// Checks a password against a stored hash; with no hash, hashes anyway so that an unknown
/// email takes as long as a wrong password.
///
/// # Errors
/// `Internal` if the hashing thread fails.
pub async fn verify_password(password: String, stored: Option<String>) -> Result<bool, ServiceError> {
    on_hashing_thread(move || match stored {
        Some(stored) => PasswordHash::new(&stored)
            .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
            .unwrap_or(false),
        None => {
            let salt = SaltString::generate(&mut OsRng);
            let _ = Argon2::default().hash_password(password.as_bytes(), &salt);
            false
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn password_round_trip_and_wrong_password() {
        let hash = hash_password("correct horse battery".into()).await.unwrap();
        assert!(hash.starts_with("$argon2"));
        assert!(verify_password("correct horse battery".into(), Some(hash.clone())).await.unwrap());
        assert!(!verify_password("wrong".into(), Some(hash)).await.unwrap());
        assert!(!verify_password("anything".into(), None).await.unwrap());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn hashes_run_on_a_few_threads_of_their_own() {
        let hashes: Vec<_> = (0..12)
            .map(|_| {
                tokio::spawn(on_hashing_thread(|| {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                    std::thread::current().name().unwrap_or_default().to_string()
                }))
            })
            .collect();
        let mut threads = std::collections::BTreeSet::new();
        for hash in hashes {
            threads.insert(hash.await.unwrap().unwrap());
        }
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        assert!(threads.iter().all(|name| name.starts_with("argon2-")), "{threads:?}");
        assert!(threads.len() <= cores, "{threads:?}");
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }
}
