//! The translation catalogues stay complete: every language has exactly the messages
//! English has, with no variable English does not use, in valid Fluent; and every
//! message the code asks for exists.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests: a failure is a failed test")]

use entraide_domain::locale::Locale;
use fluent_templates::fluent_bundle::FluentResource;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Message id → the variables it uses, for one language (all its files).
fn catalogue(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let dir = root().join("locales").join(locale);
    let mut messages = BTreeMap::new();
    let mut files: Vec<_> =
        fs::read_dir(&dir).unwrap_or_else(|_| panic!("no catalogue for {locale}")).map(|e| e.unwrap().path()).collect();
    files.sort();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        assert!(!text.contains('\t'), "{} contains a tab", file.display());
        if let Err((_, errors)) = FluentResource::try_new(text.clone()) {
            panic!("{} is not valid Fluent: {errors:?}", file.display());
        }
        let mut current: Option<String> = None;
        for line in text.lines() {
            let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
            if starts_message && let Some((id, _)) = line.split_once('=') {
                let id = id.trim().to_owned();
                assert!(messages.insert(id.clone(), BTreeSet::new()).is_none(), "{locale}: {id} is defined twice");
                current = Some(id);
            } else if !line.starts_with([' ', '}']) && !line.is_empty() {
                // Not indented, nor the `}` that closes a select: the message has ended.
                current = None;
            }
            if let Some(id) = &current {
                let vars = messages.get_mut(id).unwrap();
                for piece in line.split('$').skip(1) {
                    let name: String =
                        piece.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
                    vars.insert(name);
                }
            }
        }
    }
    messages
}

#[test]
fn every_language_has_exactly_the_messages_and_variables_of_english() {
    let english = catalogue("en");
    assert!(english.len() > 100);
    let mut problems = Vec::new();
    for locale in Locale::all() {
        if locale == Locale::ENGLISH {
            continue;
        }
        let other = catalogue(locale.code());
        for id in english.keys().filter(|id| !other.contains_key(*id)) {
            problems.push(format!("{locale}: missing {id}"));
        }
        for (id, vars) in &other {
            match english.get(id) {
                None => problems.push(format!("{locale}: {id} does not exist in English")),
                Some(english_vars) => {
                    for var in vars.difference(english_vars) {
                        problems.push(format!("{locale}: {id} uses ${var}, which English does not"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "catalogues out of step with English:\n{}", problems.join("\n"));
}

#[test]
fn every_interface_language_is_available() {
    let available = entraide_i18n::available();
    assert_eq!(available.len(), 27, "{available:?}");
}

/// Every `"…"` literal that follows one of `markers` in the files under `dir`.
fn literals_after(dir: &Path, extension: &str, markers: &[&str]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == extension) {
            let text = fs::read_to_string(&path).unwrap();
            for marker in markers {
                for piece in text.split(marker).skip(1) {
                    let literal: String = piece.chars().take_while(|c| *c != '"').collect();
                    if !literal.is_empty() && !literal.contains(['{', ' ']) {
                        found.insert(literal);
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_asks_for_exists_in_english() {
    let english = catalogue("en");
    let crates = root().parent().unwrap().to_path_buf();
    let web = crates.join("web");
    let mut wanted = literals_after(&web.join("templates"), "html", &["ctx.t(\""]);
    for dir in ["web/src", "app/src", "entraide/src"] {
        wanted.extend(literals_after(&crates.join(dir), "rs", &[".t(\"", ".t1(\"", ".t_args(\""]));
    }
    // Error codes become `error-{code}`: from field errors, refusals, conflicts and
    // unknown things, wherever they are raised.
    let codes_field = ["FieldError::new(", "Invalid::one("];
    for dir in ["domain/src", "app/src", "web/src", "entraide/src"] {
        let mut stack = vec![crates.join(dir)];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let text = fs::read_to_string(&path).unwrap();
            for marker in codes_field {
                for piece in text.split(marker).skip(1) {
                    // The code is the call's second argument, when it is written out.
                    let call = piece.split(')').next().unwrap_or("");
                    let code = call
                        .split(',')
                        .nth(1)
                        .map(str::trim)
                        .and_then(|a| a.strip_prefix('"'))
                        .and_then(|a| a.strip_suffix('"'));
                    if let Some(code) = code {
                        wanted.insert(format!("error-{code}"));
                    }
                }
            }
            for (marker, prefix) in
                [("Refused(\"", "error-"), ("Conflict(\"", "error-taken-"), ("NotFound(\"", "error-unknown-")]
            {
                for piece in text.split(marker).skip(1) {
                    let what: String = piece.chars().take_while(|c| *c != '"').collect();
                    wanted.insert(format!("{prefix}{what}"));
                }
            }
        }
    }
    for code in [
        "invalid-input",
        "conflict",
        "unauthenticated",
        "forbidden",
        "not-found",
        "refused",
        "too-many-requests",
        "internal",
        "malformed",
    ] {
        wanted.insert(format!("problem-{code}"));
    }
    for kind in entraide_domain::organisation::OrganisationKind::ALL {
        wanted.insert(format!("kind-{}", kind.as_str()));
    }
    // Mails and in-app notifications: one of each per event, named after it.
    for event in entraide_domain::notification::Event::ALL {
        let event = event.as_str();
        wanted.extend([format!("mail-{event}-subject"), format!("mail-{event}-body"), format!("notification-{event}")]);
    }
    for notice in [
        "welcome",
        "signed-out",
        "account-deleted",
        "password-changed",
        "language-changed",
        "token-revoked",
        "calendar-revoked",
        "birth-date-saved",
    ] {
        wanted.insert(format!("notice-{notice}"));
    }
    let missing: Vec<_> = wanted.iter().filter(|id| !english.contains_key(*id)).collect();
    assert!(missing.is_empty(), "messages asked for but missing from English: {missing:?}");
}
