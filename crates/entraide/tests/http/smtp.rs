//! A tiny SMTP server on 127.0.0.1:0 that keeps every message it accepts, so tests see
//! exactly what the application sent over the wire. It speaks enough of RFC 5321 for a
//! real client: greeting, EHLO/HELO, MAIL, RCPT, DATA (with dot-unstuffing), RSET, NOOP,
//! QUIT; and it can be told to refuse mail for a while.

use super::harness::plain;
use mail_parser::{MessageParser, MimeHeaders};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// A message as it arrived.
#[derive(Debug, Clone)]
pub struct Received {
    /// The envelope sender.
    pub from: String,
    /// The envelope recipients.
    pub to: Vec<String>,
    /// The message itself (headers and body), CRLF line ends, dots unstuffed.
    pub data: Vec<u8>,
}

/// The running server.
pub struct SmtpSink {
    port: u16,
    messages: Arc<Mutex<Vec<Received>>>,
    refusing: Arc<AtomicBool>,
}

impl SmtpSink {
    /// Listens on a free loopback port, serving each connection in its own task.
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let messages = Arc::new(Mutex::new(Vec::new()));
        let refusing = Arc::new(AtomicBool::new(false));
        let (kept, refuse) = (messages.clone(), refusing.clone());
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, kept.clone(), refuse.clone()));
            }
        });
        SmtpSink { port, messages, refusing }
    }

    /// The URL to configure the application with (plain SMTP, no TLS).
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message accepted so far.
    pub fn messages(&self) -> Vec<Received> {
        self.messages.lock().unwrap().clone()
    }

    /// Answers every MAIL FROM with a temporary failure (451) while `refuse` is true.
    pub fn refuse(&self, refuse: bool) {
        self.refusing.store(refuse, Ordering::SeqCst);
    }
}

/// The messages that arrived for `address`, in order.
pub fn to(sink: &SmtpSink, address: &str) -> Vec<Received> {
    sink.messages().into_iter().filter(|m| m.to == [address]).collect()
}

/// What a test reads from a mail: subject, language, and its plain-text part.
pub struct Read {
    pub subject: String,
    pub language: String,
    pub text: String,
    pub html: String,
}

/// Parses a message with a real MIME parser and checks its addresses and parts.
pub fn read(message: &Received, address: &str) -> Read {
    assert_eq!(message.from, "no-reply@entraide.test");
    let parsed = MessageParser::default().parse(&message.data).expect("a well-formed message");
    assert_eq!(parsed.to().and_then(|to| to.first()).and_then(|a| a.address()), Some(address), "the To header");
    let text_part = parsed.text_part(0).expect("a text part");
    let content_type = text_part.content_type().expect("the text part has a type");
    assert_eq!((content_type.ctype(), content_type.subtype()), ("text", Some("plain")), "the text part is text/plain");
    let html_part = parsed.html_part(0).expect("an HTML part");
    assert_eq!(html_part.content_type().and_then(|c| c.subtype()), Some("html"));
    Read {
        subject: plain(parsed.subject().unwrap_or_default()),
        language: parsed.header_raw("Content-Language").unwrap_or_default().trim().to_owned(),
        text: plain(&parsed.body_text(0).unwrap()),
        html: parsed.body_html(0).unwrap().into_owned(),
    }
}

async fn serve(stream: TcpStream, messages: Arc<Mutex<Vec<Received>>>, refusing: Arc<AtomicBool>) {
    let (reader, mut writer) = stream.into_split();
    let mut lines = BufReader::new(reader);
    if !reply(&mut writer, "220 sink.test ESMTP ready\r\n").await {
        return;
    }
    let mut from = String::new();
    let mut to = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
            return;
        }
        let command = line.trim_end().to_owned();
        let verb = command.split([' ', ':']).next().unwrap_or("").to_ascii_uppercase();
        let answer = match verb.as_str() {
            "EHLO" => "250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n".to_owned(),
            "HELO" => "250 sink.test\r\n".to_owned(),
            "MAIL" if refusing.load(Ordering::SeqCst) => "451 4.3.0 try again later\r\n".to_owned(),
            "MAIL" => {
                from = address(&command);
                to.clear();
                "250 2.1.0 OK\r\n".to_owned()
            }
            "RCPT" => {
                to.push(address(&command));
                "250 2.1.5 OK\r\n".to_owned()
            }
            "DATA" => {
                if !reply(&mut writer, "354 end data with <CR><LF>.<CR><LF>\r\n").await {
                    return;
                }
                let mut data = Vec::new();
                loop {
                    let mut raw = Vec::new();
                    if lines.read_until(b'\n', &mut raw).await.unwrap_or(0) == 0 {
                        return;
                    }
                    if raw == b".\r\n" || raw == b".\n" {
                        break;
                    }
                    // A line that starts with a dot had it doubled by the client.
                    let unstuffed = if raw.starts_with(b"..") { &raw[1..] } else { &raw[..] };
                    data.extend_from_slice(unstuffed);
                }
                messages.lock().unwrap().push(Received { from: from.clone(), to: std::mem::take(&mut to), data });
                "250 2.0.0 queued\r\n".to_owned()
            }
            "RSET" => {
                from.clear();
                to.clear();
                "250 2.0.0 OK\r\n".to_owned()
            }
            "NOOP" => "250 2.0.0 OK\r\n".to_owned(),
            "QUIT" => {
                let _ = reply(&mut writer, "221 2.0.0 bye\r\n").await;
                return;
            }
            _ => "502 5.5.2 command not recognised\r\n".to_owned(),
        };
        if !reply(&mut writer, &answer).await {
            return;
        }
    }
}

/// Writes a reply; false once the client has gone.
async fn reply(writer: &mut tokio::net::tcp::OwnedWriteHalf, text: &str) -> bool {
    writer.write_all(text.as_bytes()).await.is_ok()
}

/// The address between `<` and `>` of a MAIL FROM or RCPT TO command.
fn address(command: &str) -> String {
    command.split('<').nth(1).and_then(|rest| rest.split('>').next()).unwrap_or("").to_owned()
}
