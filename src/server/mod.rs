//! The HTTP server under the router: accepts connections on the site's
//! listener (plain or TLS) and on the optional plain-HTTP redirect listener,
//! serves them with hyper (HTTP/1.1 and HTTP/2), and keeps slow or stuck
//! clients from holding it: a cap on connections, a deadline for each
//! request's header, idle connections closed, and a deadline on stopping.

mod connection;
pub mod redirect;
pub mod tls;

use std::{
    future::Future,
    io,
    net::SocketAddr,
    pin::pin,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    task::{Context, Poll},
    time::Duration,
};

use axum::Router;
use tokio::{
    net::{TcpListener, TcpStream},
    sync::{OwnedSemaphorePermit, Semaphore, watch},
    task::JoinSet,
};
use tokio_rustls::TlsAcceptor;

use crate::config::ConnectionLimits;
use connection::Connections;

/// A listening socket and what it serves.
pub struct Endpoint {
    pub listener: TcpListener,
    /// Set when the socket speaks TLS.
    pub tls: Option<TlsAcceptor>,
    pub app: Router,
}

/// Whether a stop has begun, for `/readyz`: once it has, the instance
/// wants no new requests, though it may still be serving (the drain).
#[derive(Clone, Default)]
pub struct Stopping(Arc<AtomicBool>);

impl Stopping {
    pub fn begin(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub fn has_begun(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// Completes `drain` after `signal`, having marked the stop begun at the
/// signal: meanwhile the listener still accepts, so that requests the
/// balancer sends before it notices are served rather than refused.
pub async fn drained(signal: impl Future<Output = ()>, stopping: Stopping, drain: Duration) {
    signal.await;
    stopping.begin();
    if !drain.is_zero() {
        tracing::info!(
            seconds = drain.as_secs(),
            "stopping: /readyz answers 503; serving on while the balancer notices"
        );
        tokio::time::sleep(drain).await;
    }
}

/// Binds `address`; a failure names the setting it came from.
pub async fn bind(address: SocketAddr, variable: &str) -> anyhow::Result<TcpListener> {
    TcpListener::bind(address)
        .await
        .map_err(|error| anyhow::anyhow!("cannot listen on {address} ({variable}): {error}"))
}

/// Serves every endpoint until `shutdown` completes. Then it stops
/// accepting, asks each connection to close after its request in flight,
/// and drops those still open when the shutdown deadline passes.
pub async fn serve(
    endpoints: Vec<Endpoint>,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
) {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let deadline = limits.shutdown_deadline;
    let (stop, stopped) = watch::channel(false);
    let connections = Arc::new(Connections::new(limits, stopped));
    let mut open = JoinSet::new();
    let mut shutdown = pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            Some(ended) = open.join_next() => log_panic(ended),
            (slot, stream, peer, endpoint) = next_connection(&endpoints, &slots) => {
                let connections = connections.clone();
                let tls = endpoint.tls.clone();
                let app = endpoint.app.clone();
                open.spawn(async move {
                    connections.serve(stream, peer, tls, app).await;
                    drop(slot);
                });
            }
        }
    }
    drop(endpoints);
    let _ = stop.send(true);
    let all_closed = async {
        while let Some(ended) = open.join_next().await {
            log_panic(ended);
        }
    };
    if tokio::time::timeout(deadline, all_closed).await.is_err() {
        tracing::warn!(
            connections = open.len(),
            "shutdown deadline passed: dropping the connections still open"
        );
        open.shutdown().await;
    }
}

fn log_panic(ended: Result<(), tokio::task::JoinError>) {
    if let Err(error) = ended
        && error.is_panic()
    {
        tracing::error!(%error, "a connection's task panicked");
    }
}

/// Waits for a free slot, then for a connection on any endpoint. While every
/// slot is taken, new connections wait in the system's queue of the
/// listening socket; the timeouts free slots held by idle or stuck clients.
async fn next_connection<'a>(
    endpoints: &'a [Endpoint],
    slots: &Arc<Semaphore>,
) -> (OwnedSemaphorePermit, TcpStream, SocketAddr, &'a Endpoint) {
    let slot = match slots.clone().try_acquire_owned() {
        Ok(slot) => slot,
        Err(_) => {
            tracing::warn!(
                "connection limit reached (OBSERVATORY_MAX_CONNECTIONS): new connections wait"
            );
            slots
                .clone()
                .acquire_owned()
                .await
                .expect("the semaphore is never closed")
        }
    };
    loop {
        let (endpoint, accepted) = std::future::poll_fn(|cx| poll_accept_any(endpoints, cx)).await;
        match accepted {
            Ok((stream, peer)) => return (slot, stream, peer, endpoint),
            Err(error) if is_connection_error(&error) => {}
            Err(error) => {
                // Out of file descriptors, most likely: accepting again at
                // once would only spin.
                tracing::error!(%error, "cannot accept connections");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}

fn poll_accept_any<'a>(
    endpoints: &'a [Endpoint],
    cx: &mut Context<'_>,
) -> Poll<(&'a Endpoint, io::Result<(TcpStream, SocketAddr)>)> {
    endpoints
        .iter()
        .find_map(|endpoint| match endpoint.listener.poll_accept(cx) {
            Poll::Ready(accepted) => Some((endpoint, accepted)),
            Poll::Pending => None,
        })
        .map_or(Poll::Pending, Poll::Ready)
}

/// Errors of one connection that went away before it was accepted, not of
/// the listener.
fn is_connection_error(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    )
}
