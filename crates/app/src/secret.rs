//! Random secrets (session and API tokens) and how they are kept: only a SHA-256 hash is
//! stored, so a leaked database opens no session. The tokens carry 256 random bits, so
//! a fast hash is enough (a slow one is for low-entropy passwords).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

/// A new random token, URL-safe.
pub(crate) fn new_token() -> String {
    let bytes: [u8; 32] = rand::random();
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The stored form of a token.
pub(crate) fn token_hash(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(token.as_bytes()))
}
