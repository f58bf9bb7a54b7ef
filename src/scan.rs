//! Listing a pool's images at scale (`image ls`, `volume ls`, `image gc`,
//! `volume stats --provisioned`, `volume tree`): nothing is opened. [`headers`] reads
//! each image's header object with librados, [`HEADERS_IN_FLIGHT`] requests in flight
//! from this one thread, and hands the results over in name order as they arrive, so
//! rows stream and memory stays bounded whatever the pool's size (the page's names and
//! ids, and the requests in flight). The OSD ops are listed in `ceph/header.rs`.
//!
//! Why not librbd: an open costs about 8 OSD round trips, reads every snapshot record,
//! builds a copy of the Ceph config and, for a clone, opens the parent too; `rbd ls -l`
//! does that for every image, 10 at once. A header read is one op (two for an image
//! with snapshots, when its snapshots are wanted).

use crate::ceph::{Cluster, Header, ParentSpec, Pool};
use crate::error::{Error, Result};
use std::collections::HashMap;

/// Which names of a sorted listing to visit: those after `start_after`, at most `limit`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub start_after: Option<String>,
    pub limit: Option<usize>,
}

impl Page {
    /// The page of `names` (sorted, as `Pool::list_images` returns them).
    pub fn apply(&self, names: Vec<String>) -> Vec<String> {
        self.apply_by(names, |n| n)
    }

    /// The page of `items`, sorted by `name`.
    pub fn apply_by<T>(&self, mut items: Vec<T>, name: impl Fn(&T) -> &str) -> Vec<T> {
        let from = match &self.start_after {
            Some(after) => items.partition_point(|i| name(i) <= after.as_str()),
            None => 0,
        };
        items.drain(..from);
        if let Some(limit) = self.limit {
            items.truncate(limit);
        }
        items
    }
}

/// Header reads in flight in [`headers`]: a request costs the client almost nothing,
/// so the limit is the OSD's queue, not our CPU.
pub const HEADERS_IN_FLIGHT: usize = 64;

/// One image of a listing, from its header, or from a librbd open for one whose header
/// can't be read that way (an old-format image).
pub enum Found<'a> {
    Header(Box<Header>),
    /// The name of an image to open instead (it may be gone by then).
    Open(&'a str),
}

/// The page of pool `pool`'s images, read from their headers with
/// [`HEADERS_IN_FLIGHT`] requests in flight, handed to `sink` in name order.
/// With `v1` (and `with_snapshots`), each snapshot's clone-v1 children are counted too.
pub fn headers<'n, S>(
    pool: &Pool<'_>,
    images: &'n [(String, String)],
    with_snapshots: bool,
    v1: Option<&V1Children<'_>>,
    mut sink: S,
) -> Result<()>
where
    S: FnMut(Found<'n>) -> Result<bool>,
{
    let mut at = 0;
    let v1_pools = v1.map_or(&[][..], |v| &v.pools[..]);
    pool.read_headers(images, HEADERS_IN_FLIGHT, with_snapshots, v1_pools, |_, h| {
        let name = &images[at].0;
        at += 1;
        crate::signals::check()?;
        sink(match h {
            Some(h) => Found::Header(Box::new(h)),
            None => Found::Open(name),
        })
    })
}

/// The (name, id) of the pool's images in `page`, sorted by name: the pool directory.
pub fn directory(pool: &Pool<'_>, page: &Page) -> Result<Vec<(String, String)>> {
    Ok(page.apply_by(pool.list_image_ids()?, |(n, _)| n))
}

/// The pools whose `rbd_children` objects record clone-v1 children (v2 ones are
/// counted in the parent's header): all of them, opened once per listing; [`headers`]
/// asks each, for every image with snapshots, in one op per pool, all at once.
pub struct V1Children<'c> {
    pools: Vec<Pool<'c>>,
}

impl<'c> V1Children<'c> {
    pub fn new(cluster: &'c Cluster) -> Result<Self> {
        let mut pools = vec![];
        for name in cluster.pool_names()? {
            match cluster.pool(&name) {
                Ok(p) => pools.push(p),
                Err(Error::NotFound { .. }) => {} // removed meanwhile
                Err(e) => return Err(e),
            }
        }
        Ok(V1Children { pools })
    }
}

/// `pool/image@snapshot` of parents, from the ids a header records: the pool's name
/// from the OSD map, the image's from its pool's directory and the snapshot's from the
/// parent's header (two ops), each parent looked up once per listing.
pub struct ParentNames<'c> {
    cluster: &'c Cluster,
    pools: HashMap<i64, Pool<'c>>,
    known: HashMap<ParentSpec, (String, String, String)>,
}

impl<'c> ParentNames<'c> {
    pub fn new(cluster: &'c Cluster) -> Self {
        ParentNames { cluster, pools: HashMap::new(), known: HashMap::new() }
    }

    /// (pool, image, snapshot) of `spec`.
    pub fn of(&mut self, spec: &ParentSpec) -> Result<(String, String, String)> {
        if let Some(k) = self.known.get(spec) {
            return Ok(k.clone());
        }
        if !self.pools.contains_key(&spec.pool_id) {
            let name = self.cluster.pool_name(spec.pool_id)?;
            self.pools.insert(spec.pool_id, self.cluster.pool(&name)?);
        }
        let pool = &self.pools[&spec.pool_id];
        let image = pool.image_name(&spec.image_id)?;
        let snap = pool
            .snapshot_records(&spec.image_id, &[spec.snap_id])?
            .into_iter()
            .next()
            .map(|s| s.name)
            .unwrap_or_else(|| format!("snap id {}", spec.snap_id));
        let names = (pool.name().to_string(), image, snap);
        self.known.insert(spec.clone(), names.clone());
        Ok(names)
    }
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
