//! SIGINT/SIGTERM as a flag that long operations poll, so they can clean up before
//! exiting (130/143). A second signal exits at once, for an operator who means it.

use crate::error::{Error, Result, Signal};
use std::sync::Arc;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

static FLAG: OnceLock<Arc<AtomicUsize>> = OnceLock::new();

/// Start catching SIGINT and SIGTERM. Idempotent.
pub fn install() {
    FLAG.get_or_init(|| {
        let flag = Arc::new(AtomicUsize::new(0));
        let seen_one = Arc::new(std::sync::atomic::AtomicBool::new(false));
        for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
            // Actions run in registration order: the shutdown checks `seen_one` before
            // this same signal sets it, so only a second signal exits at once.
            let _ = signal_hook::flag::register_conditional_shutdown(sig, 128 + sig, seen_one.clone());
            let _ = signal_hook::flag::register(sig, seen_one.clone());
            let _ = signal_hook::flag::register_usize(sig, flag.clone(), sig as usize);
        }
        flag
    });
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
