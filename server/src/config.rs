//! Configuration from the environment (and an optional `.env`). Every key, its default and its
//! meaning is listed in the README; a wrong value stops the server at start, naming the key.
use std::net::SocketAddr;

#[derive(Clone, Debug)]
pub struct Config {
    pub database_url: String,
    pub listen_addr: SocketAddr,
    pub public_url: String,
    pub smtp_url: Option<String>,
    pub smtp_from: String,
    pub stripe_secret_key: Option<String>,
    pub stripe_webhook_secret: Option<String>,
    /// Stripe's API address; another one only for a local fake of Stripe in tests.
    pub stripe_api_base: Option<String>,
    pub admin_email: String,
    /// Reverse proxies whose `X-Forwarded-For` is believed (none by default).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Where uploaded documents (signed agreements…) are kept.
    pub documents_dir: std::path::PathBuf,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("configuration error in {key}: {message}")]
pub struct ConfigError {
    pub key: &'static str,
    pub message: String,
}

fn fail(key: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError { key, message: message.into() }
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/sumud.sqlite?mode=rwc";
/// Beside the default database.
pub const DEFAULT_DOCUMENTS_DIR: &str = "data/documents";

impl Config {
    /// Reads the process environment.
    ///
    /// # Errors
    /// The first key whose value is wrong.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|key| std::env::var(key).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Reads settings through `get` (the environment, or a table in tests).
    ///
    /// # Errors
    /// The first key whose value is wrong.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let database_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_string());
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(fail("DATABASE_URL", "must start with sqlite:, postgres:// or postgresql://"));
        }

        let listen_addr = get("LISTEN_ADDR")
            .unwrap_or_else(|| "127.0.0.1:3000".to_string())
            .parse::<SocketAddr>()
            .map_err(|e| fail("LISTEN_ADDR", format!("not a socket address such as 127.0.0.1:3000 ({e})")))?;

        let public_url = get("PUBLIC_URL").unwrap_or_else(|| format!("http://{listen_addr}"));
        let parsed = url::Url::parse(&public_url).map_err(|e| fail("PUBLIC_URL", e.to_string()))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
            return Err(fail("PUBLIC_URL", "must be an http:// or https:// address"));
        }
        let public_url = public_url.trim_end_matches('/').to_string();

        let smtp_from = get("SMTP_FROM").unwrap_or_else(|| "Sumud <no-reply@localhost>".to_string());
        let smtp_url = get("SMTP_URL");
        if let Some(url) = &smtp_url {
            if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
                return Err(fail("SMTP_URL", "must start with smtp:// or smtps://"));
            }
            app::email::service::parse_sender(&smtp_from).map_err(|e| fail("SMTP_FROM", e))?;
            app::email::service::SmtpMailer::new(url, &smtp_from).map_err(|e| fail("SMTP_URL", e))?;
        }

        let stripe_secret_key = get("STRIPE_SECRET_KEY");
        if stripe_secret_key.as_deref().is_some_and(|k| !(k.starts_with("sk_") || k.starts_with("rk_"))) {
            return Err(fail("STRIPE_SECRET_KEY", "must start with sk_ or rk_"));
        }
        let stripe_webhook_secret = get("STRIPE_WEBHOOK_SECRET");
        if stripe_webhook_secret.as_deref().is_some_and(|k| !k.starts_with("whsec_")) {
            return Err(fail("STRIPE_WEBHOOK_SECRET", "must start with whsec_"));
        }
        // Card payments need both: the key opens checkouts, the secret proves the webhooks.
        if stripe_secret_key.is_some() != stripe_webhook_secret.is_some() {
            let missing = if stripe_secret_key.is_some() { "STRIPE_WEBHOOK_SECRET" } else { "STRIPE_SECRET_KEY" };
            return Err(fail(missing, "card payments need both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET"));
        }
        // The client adds `v1/…` to it.
        let stripe_api_base = get("STRIPE_API_BASE").map(|u| if u.ends_with('/') { u } else { format!("{u}/") });
        // The secret key travels with every call: in clear only to this machine.
        let local = |u: &str| ["http://127.0.0.1", "http://localhost", "http://[::1]"].iter().any(|l| u.starts_with(l));
        if stripe_api_base.as_deref().is_some_and(|u| !(u.starts_with("https://") || local(u))) {
            return Err(fail("STRIPE_API_BASE", "must be an https:// address (or http:// on this machine)"));
        }

        let admin_email = get("ADMIN_EMAIL").unwrap_or_else(|| "secretariat@example.org".to_string());
        app::domain::EmailAddress::parse(&admin_email).map_err(|_| fail("ADMIN_EMAIL", "not an email address"))?;

        let trusted_proxies = get("TRUSTED_PROXIES")
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| p.parse().map_err(|_| fail("TRUSTED_PROXIES", format!("{p} is not an IP address"))))
            .collect::<Result<Vec<_>, _>>()?;

        let documents_dir = get("DOCUMENTS_DIR").unwrap_or_else(|| DEFAULT_DOCUMENTS_DIR.to_string()).into();

        Ok(Config {
            trusted_proxies,
            documents_dir,
            database_url,
            listen_addr,
            public_url,
            smtp_url,
            smtp_from,
            stripe_secret_key,
            stripe_webhook_secret,
            stripe_api_base,
            admin_email,
        })
    }

    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults_are_a_local_sqlite_site() {
        let c = config(&[]).unwrap();
        assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(c.listen_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.public_url, "http://127.0.0.1:3000");
        assert!(c.smtp_url.is_none() && c.stripe_secret_key.is_none());
        assert!(c.trusted_proxies.is_empty(), "no proxy is believed unless named");
        assert_eq!(c.documents_dir, std::path::PathBuf::from(DEFAULT_DOCUMENTS_DIR));
        let behind = config(&[("TRUSTED_PROXIES", "127.0.0.1, ::1")]).unwrap();
        assert_eq!(behind.trusted_proxies.len(), 2);
        assert!(!c.is_https());
    }

    #[test]
    fn each_wrong_value_names_its_key() {
        for (key, value) in [
            ("DATABASE_URL", "mysql://x"),
            ("LISTEN_ADDR", "localhost"),
            ("PUBLIC_URL", "ftp://x.org"),
            ("SMTP_URL", "http://mail"),
            ("STRIPE_SECRET_KEY", "pk_test_1"),
            ("STRIPE_WEBHOOK_SECRET", "secret"),
            ("ADMIN_EMAIL", "nobody"),
            ("TRUSTED_PROXIES", "10.0.0.1, proxy.example.org"),
        ] {
            assert_eq!(config(&[(key, value)]).unwrap_err().key, key, "{key}={value}");
        }
        assert_eq!(
            config(&[("SMTP_URL", "smtp://mail.example.org"), ("SMTP_FROM", "not an address")]).unwrap_err().key,
            "SMTP_FROM"
        );
    }

    #[test]
    fn card_payments_need_the_key_and_the_webhook_secret() {
        assert_eq!(config(&[("STRIPE_SECRET_KEY", "sk_test_1")]).unwrap_err().key, "STRIPE_WEBHOOK_SECRET");
        assert_eq!(config(&[("STRIPE_WEBHOOK_SECRET", "whsec_1")]).unwrap_err().key, "STRIPE_SECRET_KEY");
        let both = [("STRIPE_SECRET_KEY", "sk_test_1"), ("STRIPE_WEBHOOK_SECRET", "whsec_1")];
        let c = config(&both).unwrap();
        assert!(c.stripe_api_base.is_none(), "Stripe itself unless told otherwise");
        let fake = config(&[both[0], both[1], ("STRIPE_API_BASE", "http://127.0.0.1:9")]).unwrap();
        assert_eq!(fake.stripe_api_base.as_deref(), Some("http://127.0.0.1:9/"));
        for wrong in ["ftp://x", "http://stripe.example.org"] {
            assert_eq!(config(&[both[0], both[1], ("STRIPE_API_BASE", wrong)]).unwrap_err().key, "STRIPE_API_BASE");
        }
    }

    #[test]
    fn public_url_loses_trailing_slash() {
        let c = config(&[("PUBLIC_URL", "https://sumud.example.org/")]).unwrap();
        assert_eq!(c.public_url, "https://sumud.example.org");
        assert!(c.is_https());
    }
}
