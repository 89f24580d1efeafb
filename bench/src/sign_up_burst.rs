//! A burst of conference sign-ups against running Sumud servers: signs in as the focal point
//! that `sumud seed-conference` created, sends every sign-up at once (spread over the servers),
//! then reads the delegation back and prints confirmed / waitlisted / errors and sign-ups per
//! second.
//!
//! Usage: sign-up-burst <edition> <focal email> <password> <sign-ups> <base URL>...
//!
//! With `BURST_ACCEPTED=<file>`, the email of every sign-up the server answered with success is
//! written there, one a line (the crash test checks that none of them was lost).
use serde::Deserialize;
use std::time::Instant;

#[derive(Deserialize)]
struct Delegation {
    delegates: Vec<Delegate>,
}

#[derive(Deserialize)]
struct Delegate {
    state: String,
    waitlist_position: Option<u64>,
}

struct Burst {
    edition: String,
    cookie: String,
    bases: Vec<String>,
}

impl Burst {
    async fn sign_up(&self, client: &reqwest::Client, i: usize) -> Option<String> {
        let (full_name, email) = (format!("Delegate {i}"), format!("delegate-{i}@burst.example"));
        let form = [
            ("edition_id", self.edition.as_str()),
            ("delegate[full_name]", &full_name),
            ("delegate[email]", &email),
            ("delegate[language]", ["ar", "en", "fr"][i % 3]),
            ("delegate[role]", "observer"),
            ("delegate[consent]", "delegates"),
        ];
        let sent = client
            .post(format!("{}/api/register_delegate", self.bases[i % self.bases.len()]))
            .header("cookie", &self.cookie)
            .header("accept", "application/json")
            .form(&form)
            .send()
            .await;
        let response = sent.ok()?;
        (response.status().is_success() && response.bytes().await.is_ok()).then_some(email)
    }
}

fn fail(message: String) -> ! {
    eprintln!("sign-up-burst: {message}");
    std::process::exit(1)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [edition, email, password, sign_ups, bases @ ..] = args.as_slice() else {
        fail("usage: sign-up-burst <edition> <focal email> <password> <sign-ups> <base URL>...".into())
    };
    if bases.is_empty() {
        fail("at least one base URL".into());
    }
    let total: usize = sign_ups.parse().unwrap_or_else(|_| fail(format!("not a number: {sign_ups}")));
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(total)
        .build()
        .unwrap_or_else(|e| fail(e.to_string()));

    let signed_in = client
        .post(format!("{}/api/sign_in", bases[0]))
        .form(&[("email", email), ("password", password)])
        .send()
        .await
        .unwrap_or_else(|e| fail(format!("sign-in: {e}")));
    // The session's cookie (sign-in also sets the device cookie).
    let cookie = signed_in
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("sumud_session="))
        .and_then(|v| v.split(';').next())
        .unwrap_or_else(|| fail(format!("sign-in failed: {}", signed_in.status())))
        .to_string();
    let burst = std::sync::Arc::new(Burst { edition: edition.clone(), cookie, bases: bases.to_vec() });

    let started = Instant::now();
    let tasks: Vec<_> = (0..total)
        .map(|i| {
            let (burst, client) = (burst.clone(), client.clone());
            tokio::spawn(async move { burst.sign_up(&client, i).await })
        })
        .collect();
    let mut errors = 0;
    let mut accepted = Vec::new();
    for task in tasks {
        match task.await.ok().flatten() {
            Some(email) => accepted.push(email),
            None => errors += 1,
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    if let Ok(path) = std::env::var("BURST_ACCEPTED") {
        std::fs::write(&path, accepted.join("\n") + "\n").unwrap_or_else(|e| fail(format!("{path}: {e}")));
        // The server may be gone on purpose (the crash test): nothing more to read.
        if std::env::var("BURST_NO_READBACK").is_ok() {
            println!("{total} sign-ups sent: {} accepted, {errors} without an answer", accepted.len());
            return;
        }
    }

    let delegation: Delegation = client
        .post(format!("{}/api/get_delegation", bases[0]))
        .header("cookie", &burst.cookie)
        .header("accept", "application/json")
        .form(&[("edition_id", edition)])
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .unwrap_or_else(|e| fail(format!("reading the delegation: {e}")))
        .json()
        .await
        .unwrap_or_else(|e| fail(format!("reading the delegation: {e}")));
    let count = |state: &str| delegation.delegates.iter().filter(|d| d.state == state).count();
    let positions: Vec<u64> =
        delegation.delegates.iter().filter(|d| d.state == "waitlisted").filter_map(|d| d.waitlist_position).collect();
    let in_order = positions.iter().zip(1..).all(|(&p, expected)| p == expected);
    println!(
        "{total} sign-ups on {} server(s): confirmed {}, waitlisted {} (positions in order: {in_order}), errors {errors}, {:.0} sign-ups/s ({seconds:.2} s)",
        bases.len(),
        count("confirmed"),
        count("waitlisted"),
        total as f64 / seconds,
    );
}
