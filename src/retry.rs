//! Removing an image that is busy: a client still holds it open, often a crashed one
//! whose watch lapses after 30 s. Cinder retried its delete; every removal here
//! (`image rm`, `image gc`, `volume rm`) retries with exponential back-off
//! (`--retries`, `--retry-interval`), and the final error names the other watchers.

use crate::ceph::Pool;
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::signals;
use std::time::Duration;

#[derive(Debug, Clone, Copy)]
pub struct Retry {
    pub retries: u32,
    pub interval: Duration,
}

impl Retry {
    pub const NONE: Retry = Retry { retries: 0, interval: Duration::ZERO };
}

/// Back-off before retry `attempt` (0-based): interval × 2^attempt, capped at 60 s.
pub fn backoff(interval: Duration, attempt: u32) -> Duration {
    interval.saturating_mul(1u32 << attempt.min(16)).min(Duration::from_secs(60))
}

/// `pool.remove_image(name)`, retried while busy.
pub fn remove_image(pool: &Pool<'_>, name: &str, retry: Retry, printer: Option<&Printer>) -> Result<()> {
    let mut attempt = 0;
    loop {
        match pool.remove_image(name) {
            Err(Error::Busy { what, .. }) => {
                if attempt >= retry.retries {
                    let who = pool
                        .watchers(name)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|w| w.address)
                        .collect::<Vec<_>>()
                        .join(", ");
                    return Err(Error::Busy {
                        what,
                        hint: Some(format!(
                            "still open{} after {} retries; close it there (a crashed client's watch lapses after 30 s, \
                             or blocklist it: ceph osd blocklist add <addr>) and run the command again",
                            if who.is_empty() { String::new() } else { format!(" by {who}") },
                            retry.retries
                        )),
                    });
                }
                let wait = backoff(retry.interval, attempt);
                if let Some(p) = printer {
                    p.log(1, format!("{}/{name} is busy; retrying in {:.1} s", pool.name(), wait.as_secs_f32()));
                }
                std::thread::sleep(wait);
                signals::check()?;
                attempt += 1;
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        let i = Duration::from_secs(1);
        assert_eq!(backoff(i, 0), Duration::from_secs(1));
        assert_eq!(backoff(i, 3), Duration::from_secs(8));
        assert_eq!(backoff(i, 30), Duration::from_secs(60));
    }
}
