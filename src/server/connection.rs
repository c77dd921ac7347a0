//! One connection, from the TLS handshake to its close: served by hyper
//! (HTTP/1.1 or HTTP/2, whichever the client speaks), watched for silence,
//! and closed gracefully when the server stops.

use std::{
    io,
    net::SocketAddr,
    pin::{Pin, pin},
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    task::{Context, Poll},
    time::Duration,
};

use axum::{Router, extract::ConnectInfo};
use hyper_util::{
    rt::{TokioExecutor, TokioIo, TokioTimer},
    server::conn::auto,
    service::TowerToHyperService,
};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::TcpStream,
    sync::watch,
    time::Instant,
};
use tokio_rustls::TlsAcceptor;
use tower_http::add_extension::AddExtension;

use crate::config::ConnectionLimits;

/// What every connection of a server shares: hyper's settings, the limits,
/// and the signal to stop.
pub(super) struct Connections {
    http: auto::Builder<TokioExecutor>,
    limits: ConnectionLimits,
    stop: watch::Receiver<bool>,
}

impl Connections {
    pub(super) fn new(limits: ConnectionLimits, stop: watch::Receiver<bool>) -> Connections {
        let mut http = auto::Builder::new(TokioExecutor::new());
        // hyper starts this timer when it waits for a request's header, the
        // first one or the next one on a kept-alive connection.
        http.http1()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_read_timeout);
        Connections { http, limits, stop }
    }

    /// Serves one accepted connection until it closes, is cut off, or the
    /// server stops.
    pub(super) async fn serve(
        &self,
        stream: TcpStream,
        peer: SocketAddr,
        tls: Option<TlsAcceptor>,
        app: Router,
    ) {
        // Pages are small: sending them at once beats waiting to fill a packet.
        let _ = stream.set_nodelay(true);
        let Some(tls) = tls else {
            return self.serve_http(stream, peer, app).await;
        };
        match tokio::time::timeout(self.limits.header_read_timeout, tls.accept(stream)).await {
            Ok(Ok(stream)) => self.serve_http(stream, peer, app).await,
            Ok(Err(error)) => tracing::debug!(%peer, %error, "TLS handshake failed"),
            Err(_) => tracing::debug!(%peer, "TLS handshake timed out"),
        }
    }

    /// hyper reads headers against a deadline, but nothing else: a client
    /// may connect and say nothing, or keep an HTTP/2 connection open
    /// without a request. So the connection is also asked to close once no
    /// byte has moved for the idle timeout, and dropped if it is still
    /// silent one more idle timeout later (or the server stops meanwhile).
    async fn serve_http<I>(&self, io: I, peer: SocketAddr, app: Router)
    where
        I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        let activity = Activity::new();
        let io = TokioIo::new(Watched {
            io,
            activity: activity.clone(),
        });
        // What `ClientIp` reads, as axum's `into_make_service_with_connect_info`
        // would put it.
        let service = TowerToHyperService::new(AddExtension::new(app, ConnectInfo(peer)));
        let mut connection = pin!(self.http.serve_connection(io, service));
        let mut stop = self.stop.clone();
        let mut closing = false;
        loop {
            tokio::select! {
                outcome = connection.as_mut() => {
                    if let Err(error) = outcome {
                        tracing::debug!(%peer, %error, "connection ended with an error");
                    }
                    return;
                }
                _ = stop.changed(), if !closing => {
                    closing = true;
                    connection.as_mut().graceful_shutdown();
                    activity.touch();
                }
                () = activity.silence(self.limits.idle_timeout) => {
                    if closing {
                        tracing::debug!(%peer, "silent connection dropped");
                        return;
                    }
                    closing = true;
                    connection.as_mut().graceful_shutdown();
                    activity.touch();
                }
            }
        }
    }
}

/// When a connection last moved a byte, shared between its I/O and its
/// watchdog. Kept as milliseconds since the connection began, so that every
/// read and write only stores a number.
#[derive(Clone)]
struct Activity {
    began: Instant,
    last_millis: Arc<AtomicU64>,
}

impl Activity {
    fn new() -> Activity {
        Activity {
            began: Instant::now(),
            last_millis: Arc::new(AtomicU64::new(0)),
        }
    }

    fn touch(&self) {
        let millis = u64::try_from(self.began.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_millis.store(millis, Ordering::Relaxed);
    }

    /// Completes once nothing has moved for `limit`.
    async fn silence(&self, limit: Duration) {
        loop {
            let last = self.began + Duration::from_millis(self.last_millis.load(Ordering::Relaxed));
            if last.elapsed() >= limit {
                return;
            }
            tokio::time::sleep_until(last + limit).await;
        }
    }
}

/// A stream that notes every byte it moves in its `Activity`.
struct Watched<I> {
    io: I,
    activity: Activity,
}

impl<I: AsyncRead + Unpin> AsyncRead for Watched<I> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let poll = Pin::new(&mut self.io).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.activity.touch();
        }
        poll
    }
}

impl<I: AsyncWrite + Unpin> AsyncWrite for Watched<I> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.io).poll_write(cx, buf);
        self.note_written(&poll);
        poll
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.io).poll_write_vectored(cx, bufs);
        self.note_written(&poll);
        poll
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }
}

impl<I> Watched<I> {
    fn note_written(&self, poll: &Poll<io::Result<usize>>) {
        if matches!(poll, Poll::Ready(Ok(written)) if *written > 0) {
            self.activity.touch();
        }
    }
}
