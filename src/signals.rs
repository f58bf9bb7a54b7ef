//! SIGINT/SIGTERM as a flag that long operations poll, so they can clean up before
//! exiting (130/143). A second signal exits at once, for an operator who means it, and
//! says what that left behind and which command clears it ([`set_abandon_hint`]).

use crate::error::{Error, Result, Signal};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

static FLAG: OnceLock<Arc<AtomicUsize>> = OnceLock::new();
static HINT: Mutex<Option<String>> = Mutex::new(None);
static JSON: AtomicBool = AtomicBool::new(false);

/// Start catching SIGINT and SIGTERM. Idempotent.
pub fn install() {
    FLAG.get_or_init(|| {
        let flag = Arc::new(AtomicUsize::new(0));
        for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
            let _ = signal_hook::flag::register_usize(sig, flag.clone(), sig as usize);
        }
        // The second signal is handled on a thread (safe code may print there, a signal
        // handler may not): the first only set the flag above.
        if let Ok(mut signals) =
            signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM])
        {
            std::thread::spawn(move || {
                let mut seen = 0;
                for sig in signals.forever() {
                    seen += 1;
                    if seen >= 2 {
                        eprintln!("{}", second_signal_message(sig));
                        signal_hook::low_level::exit(128 + sig);
                    }
                }
            });
        }
        flag
    });
}

/// What a command leaves if a second signal stops it before its cleanup, and the command
/// that clears it (e.g. upload: "rbdctl image gc --pool images").
pub fn set_abandon_hint(hint: impl Into<String>) {
    *HINT.lock().unwrap_or_else(|e| e.into_inner()) = Some(hint.into());
}

/// Whether the second-signal message is a JSON line (`--format json`).
pub fn set_json(json: bool) {
    JSON.store(json, Ordering::SeqCst);
}

fn second_signal_message(sig: i32) -> String {
    let name = if sig == signal_hook::consts::SIGTERM { "SIGTERM" } else { "SIGINT" };
    let hint = HINT.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let msg = match hint {
        Some(h) => format!("second {name}: exiting without cleaning up; {h}"),
        None => format!("second {name}: exiting without cleaning up"),
    };
    if JSON.load(Ordering::SeqCst) {
        serde_json::json!({ "warning": msg }).to_string()
    } else {
        format!("rbdctl: {msg}")
    }
}

/// The signal received, if any.
pub fn pending() -> Option<Signal> {
    match FLAG.get()?.load(Ordering::SeqCst) as i32 {
        0 => None,
        signal_hook::consts::SIGTERM => Some(Signal::Sigterm),
        _ => Some(Signal::Sigint),
    }
}

/// `Err(Interrupted)` once a signal has arrived.
pub fn check() -> Result<()> {
    match pending() {
        Some(signal) => Err(Error::Interrupted { signal, cleaned: None }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn item16_a_second_signal_names_the_command_that_clears_what_is_left() {
        super::set_abandon_hint("the incomplete upload images/x is left: rbdctl image gc --pool images removes it");
        let m = super::second_signal_message(signal_hook::consts::SIGINT);
        assert!(m.starts_with("rbdctl: second SIGINT") && m.contains("rbdctl image gc"), "{m}");
        super::set_json(true);
        let v: serde_json::Value = serde_json::from_str(&super::second_signal_message(15)).unwrap();
        assert!(v["warning"].as_str().unwrap().contains("image gc"), "{v}");
        super::set_json(false);
    }
}
