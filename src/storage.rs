//! Where uploaded files live: under the data directory (the default, one
//! machine) or in an S3-compatible object store (several instances behind a
//! load balancer, each of which must serve every file). Features name a file
//! by a `Key` and never see which of the two holds it.

use std::{
    io::Write,
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};

use object_store::{
    ClientOptions, ObjectStore, ObjectStoreExt, PutPayload, RetryConfig, aws::AmazonS3Builder,
    path::Path as ObjectPath,
};

use crate::config::{FileStorage, S3Settings, Settings};

/// Every namespace the features keep files under, so that whole-site tools
/// (backup, restore, copy) find every file and only those: the data
/// directory also holds the SQLite database and the secret key.
pub const NAMESPACES: &[&str] = &[UPLOADS, IMAGES];

/// Proposal attachments. They keep the folder they always had,
/// `<data dir>/uploads`, so the files of a site from before the storage
/// choice are still found.
pub const UPLOADS: &str = "uploads";

/// Pictures' renditions (`crate::images`).
pub const IMAGES: &str = "images";

/// A stored file's name: a namespace (a fixed word of the code, such as
/// `uploads`) and a name inside it. In the data directory it is the file
/// `<data dir>/<namespace>/<name>`, in a bucket the object of that key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key {
    namespace: &'static str,
    name: String,
}

impl Key {
    /// Refuses a name that could leave its namespace or hide in it: only
    /// letters, digits, `-`, `_` and `.`, not first.
    pub fn new(namespace: &'static str, name: &str) -> Result<Key, StorageError> {
        let safe = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
        if (1..=200).contains(&name.len()) && !name.starts_with('.') && name.chars().all(safe) {
            Ok(Key {
                namespace,
                name: name.to_string(),
            })
        } else {
            Err(StorageError::BadKey(name.to_string()))
        }
    }

    /// The key `namespace/name` prints as (`Display`), for one of
    /// `NAMESPACES`.
    pub fn parse(text: &str) -> Result<Key, StorageError> {
        let bad = || StorageError::BadKey(text.to_string());
        let (namespace, name) = text.split_once('/').ok_or_else(bad)?;
        let namespace = NAMESPACES
            .iter()
            .find(|known| **known == namespace)
            .ok_or_else(bad)?;
        Key::new(namespace, name)
    }

    fn object_path(&self) -> ObjectPath {
        ObjectPath::from_iter([self.namespace, &self.name])
    }
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.namespace, self.name)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// Nothing is stored under this key.
    #[error("no stored file {0}")]
    Missing(Key),
    #[error("`{0}` cannot name a stored file")]
    BadKey(String),
    #[error("stored file {key}: {source}")]
    Io { key: Key, source: std::io::Error },
    #[error("object store: {0}")]
    ObjectStore(#[from] object_store::Error),
}

/// The files of the site, in whichever place the settings chose. Cheap to
/// clone: every clone uses the same connections.
#[derive(Clone)]
pub struct Storage(Backend);

#[derive(Clone)]
enum Backend {
    Directory(PathBuf),
    ObjectStore(Arc<dyn ObjectStore>),
}

/// An S3 request that fails is tried again a few times, within a bound well
/// inside a page's 30 seconds (the crate's default waits up to 3 minutes).
const S3_RETRY: RetryConfig = RetryConfig {
    backoff: object_store::BackoffConfig {
        init_backoff: Duration::from_millis(100),
        max_backoff: Duration::from_secs(2),
        base: 2.,
    },
    max_retries: 3,
    retry_timeout: Duration::from_secs(10),
};

impl Storage {
    /// Files under `root`, each in the folder of its namespace.
    pub fn in_directory(root: impl Into<PathBuf>) -> Storage {
        Storage(Backend::Directory(root.into()))
    }

    /// Files in any object store (the S3 client, or another in tests).
    fn in_object_store(store: Arc<dyn ObjectStore>) -> Storage {
        Storage(Backend::ObjectStore(store))
    }

    /// The storage the settings name. Nothing is contacted yet: see `check`.
    pub fn from_settings(settings: &Settings) -> Result<Storage, StorageError> {
        match &settings.file_storage {
            FileStorage::DataDir => Ok(Storage::in_directory(&settings.data_dir)),
            FileStorage::S3(s3) => Ok(Storage::in_object_store(Arc::new(s3_client(s3)?))),
        }
    }

    /// Whether the store answers (the bucket exists, the keys are accepted),
    /// so a wrong setting stops the start rather than a visitor's upload.
    pub async fn check(&self) -> Result<(), StorageError> {
        match &self.0 {
            Backend::Directory(_) => Ok(()),
            Backend::ObjectStore(store) => {
                store.list_with_delimiter(None).await?;
                Ok(())
            }
        }
    }

    /// Stores `bytes` under `key`, replacing what was there. A reader sees
    /// the old file or the new one whole, never a part.
    pub async fn put(&self, key: &Key, bytes: Vec<u8>) -> Result<(), StorageError> {
        match &self.0 {
            Backend::Directory(root) => {
                let (root, owned_key) = (root.clone(), key.clone());
                tokio::task::spawn_blocking(move || directory::put(&root, &owned_key, &bytes))
                    .await
                    .map_err(std::io::Error::other)
                    .and_then(|written| written)
                    .map_err(|source| io_error(key, source))
            }
            Backend::ObjectStore(store) => {
                store
                    .put(&key.object_path(), PutPayload::from(bytes))
                    .await?;
                Ok(())
            }
        }
    }

    /// The file under `key`; `StorageError::Missing` when there is none.
    pub async fn get(&self, key: &Key) -> Result<Vec<u8>, StorageError> {
        let missing = || StorageError::Missing(key.clone());
        match &self.0 {
            Backend::Directory(root) => {
                tokio::fs::read(directory::path(root, key))
                    .await
                    .map_err(|source| match source.kind() {
                        std::io::ErrorKind::NotFound => missing(),
                        _ => io_error(key, source),
                    })
            }
            Backend::ObjectStore(store) => match store.get(&key.object_path()).await {
                Ok(found) => Ok(found.bytes().await?.into()),
                Err(object_store::Error::NotFound { .. }) => Err(missing()),
                Err(error) => Err(error.into()),
            },
        }
    }

    /// Every file under `namespace`, in the order of their names. Partial
    /// files of a write in progress are not files yet, and are left out.
    pub async fn list(&self, namespace: &'static str) -> Result<Vec<Key>, StorageError> {
        let names: Vec<String> = match &self.0 {
            Backend::Directory(root) => {
                let folder = root.join(namespace);
                match std::fs::read_dir(&folder) {
                    Err(error) if error.kind() == std::io::ErrorKind::NotFound => Vec::new(),
                    listed => listed
                        .and_then(|entries| {
                            entries
                                .map(|entry| Ok(entry?.file_name().to_string_lossy().into_owned()))
                                .collect()
                        })
                        .map_err(|source| StorageError::Io {
                            key: Key {
                                namespace,
                                name: String::new(),
                            },
                            source,
                        })?,
                }
            }
            Backend::ObjectStore(store) => store
                .list_with_delimiter(Some(&ObjectPath::from(namespace)))
                .await?
                .objects
                .into_iter()
                .filter_map(|object| object.location.filename().map(str::to_string))
                .collect(),
        };
        let mut keys: Vec<Key> = names
            .iter()
            .filter_map(|name| Key::new(namespace, name).ok())
            .collect();
        keys.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(keys)
    }

    /// Deletes the file under `key`; a file already gone is no error.
    pub async fn delete(&self, key: &Key) -> Result<(), StorageError> {
        match &self.0 {
            Backend::Directory(root) => {
                match tokio::fs::remove_file(directory::path(root, key)).await {
                    Err(source) if source.kind() != std::io::ErrorKind::NotFound => {
                        Err(io_error(key, source))
                    }
                    _ => Ok(()),
                }
            }
            Backend::ObjectStore(store) => match store.delete(&key.object_path()).await {
                Err(object_store::Error::NotFound { .. }) | Ok(()) => Ok(()),
                Err(error) => Err(error.into()),
            },
        }
    }
}

fn io_error(key: &Key, source: std::io::Error) -> StorageError {
    StorageError::Io {
        key: key.clone(),
        source,
    }
}

/// An S3 client for the settings: path-style requests (`endpoint/bucket/key`),
/// which every S3-compatible server understands, plain http only where the
/// settings allowed it (loopback).
fn s3_client(s3: &S3Settings) -> Result<object_store::aws::AmazonS3, StorageError> {
    let mut builder = AmazonS3Builder::new()
        .with_bucket_name(&s3.bucket)
        .with_region(&s3.region)
        .with_virtual_hosted_style_request(false)
        .with_retry(S3_RETRY)
        .with_client_options(
            ClientOptions::new()
                .with_connect_timeout(Duration::from_secs(5))
                .with_timeout(Duration::from_secs(20))
                .with_allow_http(
                    s3.endpoint
                        .as_ref()
                        .is_some_and(|url| url.scheme() == "http"),
                ),
        );
    if let Some(endpoint) = &s3.endpoint {
        builder = builder.with_endpoint(endpoint.as_str().trim_end_matches('/'));
    }
    if let Some(credentials) = &s3.credentials {
        builder = builder
            .with_access_key_id(&credentials.access_key_id)
            .with_secret_access_key(&credentials.secret_access_key);
    }
    Ok(builder.build()?)
}

/// The data directory's side: plain files, written whole before they take
/// their name.
mod directory {
    use super::*;

    pub fn path(root: &Path, key: &Key) -> PathBuf {
        root.join(key.namespace).join(&key.name)
    }

    /// Writes to a hidden temporary name, syncs, then renames: a crash
    /// leaves at worst a stray temporary file, never half a file under the
    /// key. The folder is synced too, so the new name survives a power cut.
    pub fn put(root: &Path, key: &Key, bytes: &[u8]) -> std::io::Result<()> {
        let folder = root.join(key.namespace);
        std::fs::create_dir_all(&folder)?;
        let partial = folder.join(format!(
            ".{}.{}.partial",
            key.name,
            crate::config::random_hex(8)
        ));
        let written =
            write_synced(&partial, bytes).and_then(|()| std::fs::rename(&partial, path(root, key)));
        if written.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        written?;
        sync_folder(&folder)
    }

    fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        let mut file = std::fs::File::create_new(path)?;
        file.write_all(bytes)?;
        file.sync_all()
    }

    #[cfg(unix)]
    fn sync_folder(folder: &Path) -> std::io::Result<()> {
        std::fs::File::open(folder)?.sync_all()
    }

    /// Elsewhere a folder cannot be opened as a file; the rename stands.
    #[cfg(not(unix))]
    fn sync_folder(_folder: &Path) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> Key {
        Key::new(UPLOADS, name).unwrap()
    }

    #[tokio::test]
    async fn the_data_directory_keeps_files_under_their_namespace() {
        let root = tempfile::tempdir().unwrap();
        let storage = Storage::in_directory(root.path());
        let report = key("0a1b2c");
        storage.put(&report, b"first".to_vec()).await.unwrap();
        storage.put(&report, b"second".to_vec()).await.unwrap();
        assert_eq!(storage.get(&report).await.unwrap(), b"second");
        assert_eq!(
            std::fs::read(root.path().join("uploads/0a1b2c")).unwrap(),
            b"second",
            "today's layout, so existing sites keep their files"
        );
        let names: Vec<_> = std::fs::read_dir(root.path().join("uploads"))
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert_eq!(names, ["0a1b2c"], "no temporary file left behind");
        std::fs::write(root.path().join("uploads/.0a1b2c.ff.partial"), b"half").unwrap();
        assert_eq!(
            storage.list(UPLOADS).await.unwrap(),
            std::slice::from_ref(&report),
            "a write in progress is not listed"
        );
        assert_eq!(Key::parse("uploads/0a1b2c").unwrap(), report);
        assert!(
            Key::parse("secret/0a1b2c").is_err(),
            "only known namespaces"
        );
        deleted_once_and_for_all(&storage, &report).await;
    }

    /// Deleting `stored` makes it missing; deleting it again is no error.
    async fn deleted_once_and_for_all(storage: &Storage, stored: &Key) {
        storage.delete(stored).await.unwrap();
        assert!(matches!(
            storage.get(stored).await,
            Err(StorageError::Missing(missing)) if &missing == stored
        ));
        storage
            .delete(stored)
            .await
            .expect("deleting twice is no error");
    }

    #[tokio::test]
    async fn a_missing_file_is_told_apart_from_a_failure() {
        let root = tempfile::tempdir().unwrap();
        let storage = Storage::in_directory(root.path());
        assert!(matches!(
            storage.get(&key("never-stored")).await,
            Err(StorageError::Missing(_))
        ));
        std::fs::create_dir_all(root.path().join("uploads/a-folder")).unwrap();
        assert!(matches!(
            storage.get(&key("a-folder")).await,
            Err(StorageError::Io { .. })
        ));
    }

    #[tokio::test]
    async fn an_object_store_answers_the_same_way() {
        let storage = Storage::in_object_store(Arc::new(object_store::memory::InMemory::new()));
        let report = key("0a1b2c");
        storage.put(&report, b"report".to_vec()).await.unwrap();
        assert_eq!(storage.get(&report).await.unwrap(), b"report");
        deleted_once_and_for_all(&storage, &report).await;
    }

    #[test]
    fn keys_stay_inside_their_namespace() {
        for name in ["", "..", ".hidden", "a/b", "a\\b", "../etc", "é", "a b"] {
            assert!(Key::new("uploads", name).is_err(), "{name:?}");
        }
        assert_eq!(key("3f9a.pdf").to_string(), "uploads/3f9a.pdf");
        assert_eq!(key("3f9a").object_path().as_ref(), "uploads/3f9a");
    }
}
