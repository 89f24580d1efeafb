//! Password hashing (argon2) and one-time secrets. Only hashes are stored.
use super::ServiceError;
use argon2::password_hash::{rand_core::OsRng, Output, PasswordHash, SaltString};
use argon2::{Argon2, Block, Params};
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
/// Tokio's blocking pool. Each thread keeps its hash memory (`BLOCKS`) from one hash to the next.
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

thread_local! {
    /// A hashing thread's argon2 memory, reused by every hash it runs: a fresh 19 MiB for each
    /// hash left the allocator holding ~400 MB after a burst of wrong sign-ins.
    static BLOCKS: std::cell::RefCell<Vec<Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Argon2 of `password` into `out`, in this thread's reused memory (wiped afterwards).
fn argon2_into(
    hasher: &Argon2<'_>,
    params: &Params,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> argon2::Result<()> {
    BLOCKS.with_borrow_mut(|blocks| {
        let needed = params.block_count();
        if blocks.len() < needed {
            blocks.resize(needed, Block::new());
        }
        let hashed = hasher.hash_password_into_with_memory(password, salt, out, &mut blocks[..needed]);
        blocks[..needed].fill(Block::new());
        hashed
    })
}

/// The hash of `password` with `salt` (as written in a PHC string), `len` bytes long.
fn hash_output(
    hasher: &Argon2<'_>,
    params: &Params,
    password: &[u8],
    salt: argon2::password_hash::Salt<'_>,
    len: usize,
) -> Option<Output> {
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt.decode_b64(&mut salt_bytes).ok()?;
    Output::init_with(len, |out| {
        argon2_into(hasher, params, password, salt_bytes, out).map_err(|_| argon2::password_hash::Error::Crypto)
    })
    .ok()
}

/// The PHC string of a new argon2id hash with the default parameters and a random salt.
fn new_password_hash(password: &[u8]) -> Result<String, String> {
    let params = Params::default();
    let hasher = Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params.clone());
    let salt = SaltString::generate(&mut OsRng);
    let output_len = params.output_len().unwrap_or(Params::DEFAULT_OUTPUT_LEN);
    let output =
        hash_output(&hasher, &params, password, salt.as_salt(), output_len).ok_or("argon2 refused the input")?;
    let hash = PasswordHash {
        algorithm: argon2::Algorithm::Argon2id.ident(),
        version: Some(argon2::Version::V0x13.into()),
        params: argon2::password_hash::ParamsString::try_from(&params).map_err(|e| e.to_string())?,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    };
    Ok(hash.to_string())
}

/// The most memory a stored hash may ask for (64 MiB, three times the default): a hostile or
/// corrupt row must not make a hashing thread allocate without limit, nor keep that memory.
const MAX_MEMORY_KIB: u32 = 64 * 1024;

/// Whether `password` gives the stored PHC string, recomputed with its own algorithm,
/// parameters and salt (`Output` compares in constant time).
fn password_matches(password: &[u8], stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else { return false };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else { return false };
    let (Ok(algorithm), Ok(params)) = (argon2::Algorithm::try_from(parsed.algorithm), Params::try_from(&parsed)) else {
        return false;
    };
    if params.m_cost() > MAX_MEMORY_KIB || params.t_cost() > 10 || params.p_cost() > 4 {
        return false;
    }
    let version = parsed.version.map_or(Ok(argon2::Version::V0x13), argon2::Version::try_from);
    let Ok(version) = version else { return false };
    let hasher = Argon2::new(algorithm, version, params.clone());
    hash_output(&hasher, &params, password, salt, expected.len()).is_some_and(|computed| computed == expected)
}

/// Hashes a new password (argon2 is deliberately slow).
///
/// # Errors
/// `Internal` if the hasher fails.
pub async fn hash_password(password: String) -> Result<String, ServiceError> {
    on_hashing_thread(move || {
        new_password_hash(password.as_bytes()).map_err(|e| ServiceError::Internal(format!("hash password: {e}")))
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
        Some(stored) => password_matches(password.as_bytes(), &stored),
        None => {
            let _ = new_password_hash(password.as_bytes());
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

    #[test]
    fn hashes_made_by_the_argon2_crate_still_verify() {
        use argon2::password_hash::PasswordHasher;
        let salt = SaltString::generate(&mut OsRng);
        let small = Params::new(8 * 1024, 3, 1, Some(24)).unwrap();
        for hasher in [
            Argon2::default(),
            Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, small),
            Argon2::new(argon2::Algorithm::Argon2i, argon2::Version::V0x10, Params::default()),
        ] {
            let stored = hasher.hash_password(b"correct horse", &salt).unwrap().to_string();
            assert!(password_matches(b"correct horse", &stored), "{stored}");
            assert!(!password_matches(b"correct horsE", &stored), "{stored}");
        }
        let ours = new_password_hash(b"correct horse").unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        use argon2::password_hash::PasswordVerifier;
        assert!(Argon2::default().verify_password(b"correct horse", &parsed).is_ok());
        assert!(!password_matches(b"x", "not a hash"));
        let greedy =
            Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, Params::new(1 << 20, 2, 1, None).unwrap());
        let stored = PasswordHash {
            algorithm: argon2::Algorithm::Argon2id.ident(),
            version: Some(19),
            params: argon2::password_hash::ParamsString::try_from(greedy.params()).unwrap(),
            salt: Some(salt.as_salt()),
            hash: Some(Output::new(&[0u8; 32]).unwrap()),
        }
        .to_string();
        assert!(!password_matches(b"correct horse", &stored), "a 1 GiB stored hash is refused unhashed");
        assert!(!password_matches(b"x", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ"));
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
