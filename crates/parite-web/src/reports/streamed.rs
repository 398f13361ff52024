//! Downloads written while they are sent: a writer runs on a blocking thread and hands the
//! body full chunks, so an export of millions of rows keeps memory flat.

use std::io::Write;

use axum::body::{Body, Bytes};
use tokio::sync::mpsc;

/// Bytes written are sent on in chunks of this size.
const CHUNK: usize = 64 * 1024;

/// A `Write` that hands full chunks to the response body; it runs on a blocking thread.
pub(super) struct ChannelWriter {
    buffer: Vec<u8>,
    sender: mpsc::Sender<Result<Bytes, std::io::Error>>,
}

impl ChannelWriter {
    fn send(&mut self) -> std::io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::take(&mut self.buffer));
        // The reader went away (download cancelled): stop writing.
        self.sender
            .blocking_send(Ok(chunk))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "client gone"))
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buffer.extend_from_slice(data);
        if self.buffer.len() >= CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.send()
    }
}

/// The body `write` produces, given the writer and a handle to read the store's streams with.
/// `write` must flush what it wrote; on an error the body breaks off (logged as `what`): a
/// broken download is better than a truncated file that looks complete.
pub(super) fn streamed<F>(what: &'static str, write: F) -> Body
where
    F: FnOnce(ChannelWriter, &tokio::runtime::Handle) -> Result<(), String> + Send + 'static,
{
    let (sender, mut receiver) = mpsc::channel(4);
    let runtime = tokio::runtime::Handle::current();
    tokio::task::spawn_blocking(move || {
        let out = ChannelWriter {
            buffer: Vec::with_capacity(CHUNK),
            sender: sender.clone(),
        };
        if let Err(error) = write(out, &runtime) {
            tracing::error!(%error, what, "download failed");
            let _ = sender.blocking_send(Err(std::io::Error::other(error)));
        }
    });
    Body::from_stream(futures_util::stream::poll_fn(move |cx| {
        receiver.poll_recv(cx)
    }))
}
