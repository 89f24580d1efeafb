//! Files people upload (scanned letters, signed agreements): what their first bytes say they
//! are, the name they are served under, and the directory that keeps them by content.
use super::error::ServiceError;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// What a document's first bytes say it is, whatever its name claims: a PDF, PNG or JPEG, with
/// the type a download carries and the extension its name ends with.
pub fn document_type(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    if bytes.starts_with(b"%PDF-") {
        Some(("application/pdf", "pdf"))
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(("image/png", "png"))
    } else if bytes.starts_with(b"\xFF\xD8\xFF") {
        Some(("image/jpeg", "jpg"))
    } else {
        None
    }
}

/// A file name as a download header may carry it: the stem of its last path segment in ASCII
/// letters, digits and `-_` (others become `_`, at most 80), or `fallback` when nothing is left,
/// then the extension of its checked type, so that no upload opens as a page.
pub fn safe_file_name(typed: &str, extension: &str, fallback: &str) -> String {
    let last = typed.rsplit(['/', '\\']).next().unwrap_or_default();
    let stem = last.rsplit_once('.').map_or(last, |(stem, _)| stem);
    let cleaned: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_') { c } else { '_' })
        .take(80)
        .collect();
    let stem = if cleaned.trim_matches('_').is_empty() { fallback } else { cleaned.as_str() };
    format!("{stem}.{extension}")
}

/// A directory of files named by the SHA-256 of their content: the same file uploaded twice is
/// kept once, and a name never says anything a person typed.
#[derive(Clone, Debug)]
pub struct FileStore {
    root: PathBuf,
}

impl FileStore {
    pub fn new(root: impl Into<PathBuf>) -> FileStore {
        FileStore { root: root.into() }
    }

    fn path(&self, sha256: &str) -> Result<PathBuf, ServiceError> {
        // Only what `put` names: never a path a request could steer.
        if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ServiceError::NotFound);
        }
        Ok(self.root.join(sha256))
    }

    /// Keeps `bytes` and answers their SHA-256 (hex). Written under a temporary name and then
    /// renamed, so that a crash never leaves half a file under a real name.
    ///
    /// # Errors
    /// `Internal` when the directory cannot be written.
    pub async fn put(&self, bytes: &[u8]) -> Result<String, ServiceError> {
        let sha256 = hex::encode(Sha256::digest(bytes));
        let target = self.path(&sha256)?;
        if tokio::fs::try_exists(&target).await.unwrap_or(false) {
            return Ok(sha256);
        }
        let failed = |e: std::io::Error| ServiceError::Internal(format!("file store {}: {e}", self.root.display()));
        tokio::fs::create_dir_all(&self.root).await.map_err(failed)?;
        let partial = self.root.join(format!(".{sha256}.{}", super::secrets::new_token()));
        tokio::fs::write(&partial, bytes).await.map_err(failed)?;
        tokio::fs::rename(&partial, &target).await.map_err(failed)?;
        Ok(sha256)
    }

    /// The file kept under `sha256`.
    ///
    /// # Errors
    /// `NotFound` when there is none; `Internal` when it cannot be read.
    pub async fn get(&self, sha256: &str) -> Result<Vec<u8>, ServiceError> {
        match tokio::fs::read(self.path(sha256)?).await {
            Ok(bytes) => Ok(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(ServiceError::NotFound),
            Err(e) => Err(ServiceError::Internal(format!("file store: {e}"))),
        }
    }

    /// Forgets the file kept under `sha256` (one no record names any more); a missing file is
    /// not an error.
    pub async fn remove(&self, sha256: &str) {
        if let Ok(path) = self.path(sha256) {
            if let Err(e) = tokio::fs::remove_file(&path).await {
                if e.kind() != std::io::ErrorKind::NotFound {
                    tracing::warn!(path = %path.display(), error = %e, "file store: not removed");
                }
            }
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_only_safe_characters_and_the_checked_extension() {
        assert_eq!(safe_file_name("../../etc/Lettre ministre.pdf", "pdf", "letter"), "Lettre_ministre.pdf");
        assert_eq!(safe_file_name("C:\\scans\\accord.html", "pdf", "letter"), "accord.pdf");
        assert_eq!(safe_file_name("رسالة.pdf", "pdf", "agreement"), "agreement.pdf");
        assert_eq!(safe_file_name("...", "png", "letter"), "letter.png");
    }

    #[test]
    fn types_come_from_the_content() {
        assert_eq!(document_type(b"%PDF-1.7 ..."), Some(("application/pdf", "pdf")));
        assert_eq!(document_type(b"\xFF\xD8\xFF\xE0"), Some(("image/jpeg", "jpg")));
        assert_eq!(document_type(b"<html>%PDF-"), None);
    }

    #[tokio::test]
    async fn the_store_keeps_files_by_content_and_refuses_other_names() {
        let root = std::env::temp_dir().join(format!("sumud-store-{}", super::super::secrets::new_token()));
        let store = FileStore::new(&root);
        let first = store.put(b"%PDF-1.7 one").await.unwrap();
        assert_eq!(store.put(b"%PDF-1.7 one").await.unwrap(), first);
        assert_eq!(store.get(&first).await.unwrap(), b"%PDF-1.7 one");
        assert_eq!(std::fs::read_dir(&root).unwrap().count(), 1, "no partial file left behind");
        assert!(matches!(store.get("../../etc/passwd").await, Err(ServiceError::NotFound)));
        store.remove(&first).await;
        assert!(matches!(store.get(&first).await, Err(ServiceError::NotFound)));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
