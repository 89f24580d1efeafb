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
    pub admin_email: String,
    /// Reverse proxies whose `X-Forwarded-For` is believed (none by default).
    pub trusted_proxies: Vec<std::net::IpAddr>,
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

        let admin_email = get("ADMIN_EMAIL").unwrap_or_else(|| "secretariat@example.org".to_string());
        app::domain::EmailAddress::parse(&admin_email).map_err(|_| fail("ADMIN_EMAIL", "not an email address"))?;

        let trusted_proxies = get("TRUSTED_PROXIES")
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| p.parse().map_err(|_| fail("TRUSTED_PROXIES", format!("{p} is not an IP address"))))
            .collect::<Result<Vec<_>, _>>()?;

        Ok(Config {
            trusted_proxies,
            database_url,
            listen_addr,
            public_url,
            smtp_url,
            smtp_from,
            stripe_secret_key,
            stripe_webhook_secret,
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
    fn public_url_loses_trailing_slash() {
        let c = config(&[("PUBLIC_URL", "https://sumud.example.org/")]).unwrap();
        assert_eq!(c.public_url, "https://sumud.example.org");
        assert!(c.is_https());
    }
}
