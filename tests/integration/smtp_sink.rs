//! A real SMTP server for tests: it speaks enough of RFC 5321 for lettre
//! (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and keeps what it receives.

use std::{sync::Arc, time::Duration};

use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
    sync::Mutex,
};

#[derive(Clone, Debug)]
pub struct Received {
    pub to: Vec<String>,
    pub data: String,
}

impl Received {
    /// The message with quoted-printable decoded (soft line breaks joined,
    /// `=XX` bytes restored), as the mailer encodes both parts that way.
    pub fn decoded(&self) -> String {
        let joined = self.data.replace("=\r\n", "");
        let bytes = joined.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
                (b'=', Some(byte))
                    if hex.is_some_and(|h| {
                        h.chars()
                            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    }) =>
                {
                    out.push(byte);
                    i += 3;
                }
                (byte, _) => {
                    out.push(byte);
                    i += 1;
                }
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// The first link to this site that contains `needle`.
    pub fn link_containing(&self, needle: &str) -> String {
        let text = self.decoded();
        text.split(|c: char| c.is_whitespace() || c == '"' || c == '<' || c == '>')
            .find(|word| word.starts_with("http") && word.contains(needle))
            .unwrap_or_else(|| panic!("no link with {needle} in:\n{text}"))
            .to_string()
    }

    pub fn subject(&self) -> String {
        self.header("Subject")
    }

    /// The value of the header `name` (empty when missing).
    pub fn header(&self, name: &str) -> String {
        let prefix = format!("{name}: ");
        self.data
            .lines()
            .take_while(|line| !line.is_empty())
            .find_map(|line| line.strip_prefix(&prefix))
            .unwrap_or_default()
            .to_string()
    }
}

#[derive(Clone, Default)]
pub struct SmtpSink {
    pub address: String,
    messages: Arc<Mutex<Vec<Received>>>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind SMTP sink");
        let sink = SmtpSink {
            address: listener.local_addr().unwrap().to_string(),
            messages: Arc::default(),
        };
        let messages = sink.messages.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, messages.clone()));
            }
        });
        sink
    }

    pub fn url(&self) -> String {
        format!("smtp://{}", self.address)
    }

    /// Waits (up to 15 s) for a message to `to` and returns it.
    pub async fn wait_for(&self, to: &str) -> Received {
        self.wait_for_count(to, 1).await.pop().unwrap()
    }

    /// Waits (up to 15 s) until `count` messages to `to` have arrived.
    pub async fn wait_for_count(&self, to: &str, count: usize) -> Vec<Received> {
        for _ in 0..150 {
            let found = self.messages_to(to).await;
            if found.len() >= count {
                return found;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let got = self.messages_to(to).await;
        let subjects: Vec<String> = got.iter().map(Received::subject).collect();
        panic!(
            "expected {count} message(s) to {to} within 15 s; got {}: {subjects:?}",
            got.len()
        );
    }

    /// Waits (up to 15 s) for a message to `to` whose subject contains
    /// `needle`, whatever else arrives meanwhile.
    pub async fn wait_for_subject(&self, to: &str, needle: &str) -> Received {
        self.wait_for_where(to, needle, |mail| mail.subject().contains(needle))
            .await
    }

    /// Waits (up to 15 s) for a message to `to` whose text contains `needle`.
    pub async fn wait_for_text(&self, to: &str, needle: &str) -> Received {
        self.wait_for_where(to, needle, |mail| mail.decoded().contains(needle))
            .await
    }

    async fn wait_for_where(
        &self,
        to: &str,
        what: &str,
        wanted: impl Fn(&Received) -> bool,
    ) -> Received {
        for _ in 0..150 {
            if let Some(mail) = self.messages_to(to).await.into_iter().find(&wanted) {
                return mail;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let got = self.messages_to(to).await;
        let subjects: Vec<String> = got.iter().map(Received::subject).collect();
        panic!("no message to {to} with \"{what}\" within 15 s; got {subjects:?}");
    }

    /// Every message received so far.
    pub async fn all(&self) -> Vec<Received> {
        self.messages.lock().await.clone()
    }

    pub async fn messages_to(&self, to: &str) -> Vec<Received> {
        self.messages
            .lock()
            .await
            .iter()
            .filter(|m| m.to.iter().any(|t| t == to))
            .cloned()
            .collect()
    }
}

async fn serve(stream: tokio::net::TcpStream, messages: Arc<Mutex<Vec<Received>>>) {
    let (reader, mut writer) = stream.into_split();
    let mut lines = BufReader::new(reader).lines();
    let _ = writer.write_all(b"220 sink ESMTP ready\r\n").await;
    let mut to = Vec::new();
    while let Ok(Some(line)) = lines.next_line().await {
        let command = line.to_ascii_uppercase();
        let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
            b"250-sink\r\n250 8BITMIME\r\n"
        } else if command.starts_with("MAIL FROM") {
            to.clear();
            b"250 OK\r\n"
        } else if command.starts_with("RCPT TO") {
            let address = line[8..]
                .trim()
                .trim_start_matches(':')
                .trim()
                .trim_matches(['<', '>'])
                .to_string();
            to.push(address);
            b"250 OK\r\n"
        } else if command == "DATA" {
            let _ = writer.write_all(b"354 End with .\r\n").await;
            let mut data = String::new();
            while let Ok(Some(body_line)) = lines.next_line().await {
                if body_line == "." {
                    break;
                }
                data.push_str(body_line.strip_prefix('.').unwrap_or(&body_line));
                data.push_str("\r\n");
            }
            messages.lock().await.push(Received {
                to: to.clone(),
                data,
            });
            b"250 Queued\r\n"
        } else if command == "QUIT" {
            let _ = writer.write_all(b"221 Bye\r\n").await;
            break;
        } else {
            b"250 OK\r\n"
        };
        if writer.write_all(reply).await.is_err() {
            break;
        }
    }
}
