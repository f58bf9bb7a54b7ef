//! Reading many images of a pool at once, for the listings (`image ls`, `volume ls`,
//! `image gc`, `volume stats --provisioned`): a bounded set of worker threads, each with
//! its own pool handle, opens and reads images while the caller receives the results in
//! name order, each as soon as the ones before it are done.
//!
//! Why threads around librbd's synchronous calls: a listing used to open one image after
//! the other, so its time was the sum of every open's round trips (`rbd ls -l` opens 10
//! at once). With [`IN_FLIGHT`] workers the round trips overlap. Memory stays bounded
//! whatever the pool's size: at most `AHEAD` results wait for a slow predecessor, and no
//! image handle outlives the worker's read of it.
//!
//! What this does not do (yet): read the header objects directly with librados
//! (`rbd.get_size`, `rbd.metadata_list`, `rbd.get_snapcontext`, `rbd.parent_get` as one
//! compound read op per `rbd_header.<id>`), which would save librbd's open (about 8
//! OSD ops and a copy of the Ceph config per image). Each worker here still opens.

use crate::ceph::{Cluster, Pool};
use crate::error::{Error, Result};
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::mpsc;

/// Images read at once: more than `rbd`'s 10 (`rbd_concurrent_management_ops`); past
/// 16 the client's CPU (librbd's per-open work) is the limit on 2 cores.
pub const IN_FLIGHT: usize = 16;

/// Results that may wait for a slow predecessor, per worker.
const AHEAD: usize = 4;

/// Which names of a sorted listing to visit: those after `start_after`, at most `limit`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub start_after: Option<String>,
    pub limit: Option<usize>,
}

impl Page {
    /// The page of `names` (sorted, as `Pool::list_images` returns them).
    pub fn apply(&self, names: Vec<String>) -> Vec<String> {
        let from = match &self.start_after {
            Some(after) => names.partition_point(|n| n.as_str() <= after.as_str()),
            None => 0,
        };
        let mut names = names;
        names.drain(..from);
        if let Some(limit) = self.limit {
            names.truncate(limit);
        }
        names
    }
}

/// Call `read(pool, name)` for every name on up to `width` threads, and `sink(result)` on
/// this thread in the order of `names`. `read` returning `Ok(None)` skips the name (e.g.
/// removed while listing). `sink` returning `Ok(false)` stops early (a closed pipe). The
/// first error stops the scan and is returned; a signal stops it with `Interrupted`.
pub fn ordered<T, R, S>(
    cluster: &Cluster,
    pool: &str,
    names: &[String],
    width: usize,
    read: R,
    mut sink: S,
) -> Result<()>
where
    T: Send,
    R: Fn(&Pool<'_>, &str) -> Result<Option<T>> + Sync,
    S: FnMut(T) -> Result<bool>,
{
    if names.is_empty() {
        return Ok(());
    }
    let width = width.clamp(1, names.len());
    let (job_tx, job_rx) = mpsc::channel::<usize>();
    let job_rx = Mutex::new(job_rx);
    let (res_tx, res_rx) = mpsc::channel::<(usize, Result<Option<T>>)>();
    std::thread::scope(|scope| {
        // Dropping job_tx when this closure returns ends the workers after their
        // current read, on success, error or early stop alike.
        let job_tx = job_tx;
        for _ in 0..width {
            let (job_rx, res_tx, read) = (&job_rx, res_tx.clone(), &read);
            scope.spawn(move || {
                // Each worker its own I/O context: librados allows concurrent ops on one,
                // but a separate one per thread needs no argument about it.
                let handle = cluster.pool(pool);
                loop {
                    let next = job_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                    let Ok(i) = next else { return };
                    let result = match &handle {
                        Ok(p) => read(p, &names[i]),
                        Err(e) => Err(Error::Internal { what: format!("opening pool {pool} in a worker: {e}") }),
                    };
                    if res_tx.send((i, result)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(res_tx);
        let (mut sent, mut emitted) = (0, 0);
        let mut waiting: BTreeMap<usize, Result<Option<T>>> = BTreeMap::new();
        while emitted < names.len() {
            crate::signals::check()?;
            while sent < names.len() && sent - emitted < width * AHEAD {
                job_tx.send(sent).map_err(|_| Error::Internal { what: "the listing workers stopped".into() })?;
                sent += 1;
            }
            let (i, r) = res_rx.recv().map_err(|_| Error::Internal { what: "the listing workers stopped".into() })?;
            waiting.insert(i, r);
            while let Some(r) = waiting.remove(&emitted) {
                emitted += 1;
                if let Some(t) = r? {
                    if !sink(t)? {
                        return Ok(());
                    }
                }
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_page_starts_after_a_name_and_stops_at_the_limit() {
        let all = names(&["a", "b", "c", "d"]);
        assert_eq!(Page::default().apply(all.clone()), all);
        let p = Page { start_after: Some("b".into()), limit: None };
        assert_eq!(p.apply(all.clone()), names(&["c", "d"]));
        let p = Page { start_after: Some("bb".into()), limit: Some(1) };
        assert_eq!(p.apply(all.clone()), names(&["c"]), "a name that is gone still places the page");
        let p = Page { start_after: Some("d".into()), limit: Some(5) };
        assert!(p.apply(all.clone()).is_empty());
        let p = Page { start_after: None, limit: Some(0) };
        assert!(p.apply(all).is_empty());
    }
}
