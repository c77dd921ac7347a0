//! TLS for a server that terminates it itself: the certificate chain and
//! key from PEM files (`OBSERVATORY_TLS_CERT`, `OBSERVATORY_TLS_KEY`),
//! rustls with the `ring` provider, HTTP/2 or HTTP/1.1 by ALPN.

use std::{path::Path, sync::Arc};

use rustls::{
    ServerConfig,
    pki_types::{CertificateDer, PrivateKeyDer, pem::PemObject},
};
use tokio_rustls::TlsAcceptor;

use crate::config::TlsFiles;

/// Reads and checks the files; every problem names its setting and file.
pub fn acceptor(files: &TlsFiles) -> anyhow::Result<TlsAcceptor> {
    let certificates = read_certificates(&files.certificate)?;
    let key = PrivateKeyDer::from_pem_file(&files.private_key).map_err(|error| {
        pem_problem(
            "OBSERVATORY_TLS_KEY",
            &files.private_key,
            "a private key",
            &error,
        )
    })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(certificates, key)
        .map_err(|error| {
            anyhow::anyhow!(
                "OBSERVATORY_TLS_CERT and OBSERVATORY_TLS_KEY ({}, {}): {error}",
                files.certificate.display(),
                files.private_key.display()
            )
        })?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(TlsAcceptor::from(Arc::new(config)))
}

/// The chain, the server's own certificate first.
fn read_certificates(path: &Path) -> anyhow::Result<Vec<CertificateDer<'static>>> {
    let problem = |error| pem_problem("OBSERVATORY_TLS_CERT", path, "a certificate", &error);
    let certificates = CertificateDer::pem_file_iter(path)
        .map_err(problem)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(problem)?;
    if certificates.is_empty() {
        return Err(problem(rustls::pki_types::pem::Error::NoItemsFound));
    }
    Ok(certificates)
}

fn pem_problem(
    variable: &str,
    path: &Path,
    expected: &str,
    error: &rustls::pki_types::pem::Error,
) -> anyhow::Error {
    use rustls::pki_types::pem::Error;
    let path = path.display();
    match error {
        Error::Io(error) => anyhow::anyhow!("{variable}: cannot read {path}: {error}"),
        Error::NoItemsFound => {
            anyhow::anyhow!("{variable}: {path} holds no PEM block with {expected}")
        }
        error => anyhow::anyhow!("{variable}: {path} is not valid PEM: {error}"),
    }
}
