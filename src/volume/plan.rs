//! Multi-step volume operations as a list of [`Action`]s: computed first from the
//! cluster's state, then either printed (`--dry-run`) or executed in order, so the
//! dry run and the real run are the same plan by construction.

use crate::ceph::{CreateOptions, Image, Pool};
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::retry::Retry;
use crate::signals;
use std::fmt;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    CreateSnap { image: String, snap: String },
    Protect { image: String, snap: String },
    Unprotect { image: String, snap: String },
    RemoveSnap { image: String, snap: String },
    Clone { parent: String, snap: String, child: String },
    Copy { src: String, dest: String },
    Flatten { image: String },
    Resize { image: String, size: u64 },
    Rename { from: String, to: String },
    Remove { image: String },
    TrashMove { image: String },
}

impl Action {
    pub fn describe(&self, pool: &str) -> String {
        match self {
            Action::CreateSnap { image, snap } => format!("create snapshot {pool}/{image}@{snap}"),
            Action::Protect { image, snap } => format!("protect snapshot {pool}/{image}@{snap}"),
            Action::Unprotect { image, snap } => format!("unprotect snapshot {pool}/{image}@{snap}"),
            Action::RemoveSnap { image, snap } => format!("remove snapshot {pool}/{image}@{snap}"),
            Action::Clone { parent, snap, child } => format!("clone {pool}/{parent}@{snap} to {pool}/{child}"),
            Action::Copy { src, dest } => format!("copy {pool}/{src} to {pool}/{dest}"),
            Action::Flatten { image } => format!("flatten {pool}/{image}"),
            Action::Resize { image, size } => format!("resize {pool}/{image} to {size} bytes"),
            Action::Rename { from, to } => format!("rename {pool}/{from} to {pool}/{to}"),
            Action::Remove { image } => format!("remove {pool}/{image}"),
            Action::TrashMove { image } => format!("move {pool}/{image} to the trash"),
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe("-"))
    }
}

/// How the executor retries a busy image and creates images.
pub struct Exec<'a, 'c> {
    pub pool: &'a Pool<'c>,
    pub retries: u32,
    pub retry_interval: Duration,
    pub create: CreateOptions,
    pub printer: &'a Printer,
}

/// An image handle kept open across consecutive snapshot steps on that image (see
/// [`Exec::step`]).
pub type Held<'a> = Option<(String, Image<'a>)>;

impl<'a> Exec<'a, '_> {
    pub fn run(&self, plan: &[Action]) -> Result<Vec<String>> {
        let mut done = vec![];
        let mut held = None;
        for a in plan {
            self.step(a, &mut held)?;
            done.push(a.describe(self.pool.name()));
        }
        Ok(done)
    }

    /// Print and run one step. Consecutive snapshot steps on one image (create then
    /// protect, as Cinder's create_cloned_volume does on one handle; unprotect then
    /// remove) share the handle in `held`: every open re-reads all the image's snapshot
    /// records, and a golden image has one per clone made from it. Any other step closes
    /// it first, which releases the exclusive lock `snap_create` took (`rbd_clone3`
    /// opens the parent on its own).
    pub fn step(&self, a: &Action, held: &mut Held<'a>) -> Result<()> {
        self.printer.step(a.describe(self.pool.name()));
        let (Action::CreateSnap { image, snap }
        | Action::Protect { image, snap }
        | Action::Unprotect { image, snap }
        | Action::RemoveSnap { image, snap }) = a
        else {
            *held = None;
            return self.one(a);
        };
        if held.as_ref().is_none_or(|(name, _)| name != image) {
            *held = None;
            *held = Some((image.clone(), self.pool.open(image)?));
        }
        let img = &held.as_ref().expect("opened above").1;
        match a {
            Action::CreateSnap { .. } => img.snap_create(snap),
            // librbd would refresh the handle after the creation first (see
            // Pool::protect_new_snapshot); only where that can't serve, librbd.
            Action::Protect { .. } => match self.pool.protect_new_snapshot(&img.id()?, snap)? {
                true => Ok(()),
                false => img.snap_protect(snap),
            },
            Action::Unprotect { .. } => img.snap_unprotect(snap).map_err(|e| match e {
                Error::Busy { what, .. } => {
                    let by = self
                        .pool
                        .open_read_only(image, Some(snap))
                        .and_then(|i| i.children())
                        .map(|c| c.into_iter().map(|c| format!("{}/{}", c.pool, c.image)).collect())
                        .unwrap_or_default();
                    Error::InUse { what, by }
                }
                e => e,
            }),
            _ => img.snap_remove(snap),
        }
    }

    /// A step that is not on a snapshot.
    fn one(&self, a: &Action) -> Result<()> {
        let p = self.pool;
        match a {
            Action::CreateSnap { .. }
            | Action::Protect { .. }
            | Action::Unprotect { .. }
            | Action::RemoveSnap { .. } => {
                unreachable!("step() runs the snapshot steps")
            }
            Action::Clone { parent, snap, child } => p.clone_image(p, parent, snap, child, &self.create),
            Action::Copy { src, dest } => {
                let img = p.open_read_only(src, None)?;
                let copy = |pb: &indicatif::ProgressBar| {
                    interrupted_or(img.copy_to(p, dest, &self.create, &mut |d, t| {
                        pb.set_length(t);
                        pb.set_position(d);
                        signals::pending().is_none()
                    }))
                };
                crate::transfer::job(self.printer, Some(img.size()?), &format!("copying {src}"), copy, || {})
            }
            Action::Flatten { image } => flatten(p, image, self.printer),
            Action::Resize { image, size } => p.open(image)?.resize(*size),
            Action::Rename { from, to } => p.rename_image(from, to),
            Action::Remove { image } => crate::retry::remove_image(
                p,
                image,
                Retry { retries: self.retries, interval: self.retry_interval },
                Some(self.printer),
            ),
            Action::TrashMove { image } => p.trash_move(image),
        }
    }
}

fn interrupted_or(r: Result<()>) -> Result<()> {
    match (r, signals::pending()) {
        (Err(_), Some(signal)) => Err(Error::Interrupted { signal, cleaned: None }),
        (r, _) => r,
    }
}

/// Flatten with a progress bar; Ctrl-C cancels through librbd's callback.
pub fn flatten(pool: &Pool<'_>, image: &str, printer: &Printer) -> Result<()> {
    let img = pool.open(image)?;
    let size = img.size()?;
    // librbd counts objects here; the bar shows bytes.
    let flatten = |pb: &indicatif::ProgressBar| {
        interrupted_or(img.flatten(&mut |done, total| {
            pb.set_position((size as u128 * done as u128).checked_div(total as u128).map_or(size, |b| b as u64));
            signals::pending().is_none()
        }))
    };
    crate::transfer::job(printer, Some(size), &format!("flattening {image}"), flatten, || {})
}
