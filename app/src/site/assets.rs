//! Names of the build's files. With file hashing on (`LEPTOS_HASH_FILES=true`), cargo-leptos
//! fingerprints the wasm, JavaScript and CSS (`sumud.<hash>.css`) and lists the hashes in a file
//! beside the server binary, so browsers may keep each file for a year.
use leptos::config::LeptosOptions;
use std::path::PathBuf;
use std::sync::OnceLock;

/// Where cargo-leptos wrote the hashes, and Leptos reads them: beside the running binary.
pub fn hash_file(options: &LeptosOptions) -> PathBuf {
    let beside_binary = std::env::current_exe().ok().and_then(|exe| exe.parent().map(PathBuf::from));
    beside_binary.unwrap_or_default().join(options.hash_file.as_ref())
}

/// The stylesheet's address (read once: the build does not change under a running server).
pub fn stylesheet_href(options: &LeptosOptions) -> String {
    static HREF: OnceLock<String> = OnceLock::new();
    HREF.get_or_init(|| {
        let hash = options
            .hash_files
            .then(|| std::fs::read_to_string(hash_file(options)).ok())
            .flatten()
            .and_then(|hashes| hash_of(&hashes, "css"));
        let name = &options.output_name;
        match hash {
            Some(hash) => format!("/{}/{name}.{hash}.css", options.site_pkg_dir),
            None => format!("/{}/{name}.css", options.site_pkg_dir),
        }
    })
    .clone()
}

/// The hash of one file (`js`, `wasm`, `css`) in cargo-leptos's hash file, when well formed.
pub fn hash_of(hashes: &str, file: &str) -> Option<String> {
    hashes.lines().find_map(|line| {
        let (name, hash) = line.split_once(':')?;
        let hash = hash.trim();
        (name.trim() == file && is_hash(hash)).then(|| hash.to_string())
    })
}

/// The build's hashes are base64url: nothing else may reach an address or a page.
pub fn is_hash(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lines_of_the_hash_file() {
        let hashes = "js: aaa\nwasm: bbb\ncss: Xy-z_09\n";
        assert_eq!(super::hash_of(hashes, "css").as_deref(), Some("Xy-z_09"));
        assert_eq!(super::hash_of(hashes, "wasm").as_deref(), Some("bbb"));
        assert_eq!(super::hash_of("js: aaa\n", "css"), None);
        assert_eq!(super::hash_of("css:\n", "css"), None);
        assert_eq!(super::hash_of("css: a\"b\n", "css"), None);
    }
}
