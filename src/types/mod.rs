//! Value types: everything an operator types, parsed once into a type that can't hold an
//! invalid value. Names, `VOL@SNAP`, `rbd://` locations, sizes (one grammar), object
//! sizes, features (one table), the hash algorithm, queue depth, counts, seconds, ages,
//! client ids and UUIDs.
//!
//! Each implements `FromStr` (the one validation, used by clap at the command line and by
//! the settings resolver for environment variables and files) and `Display` (a spelling
//! that parses back to the same value). This is the bottom layer: no I/O, no Ceph, no
//! clap, no settings.

pub mod features;
pub mod location;
pub mod names;
pub mod size;
pub mod values;

pub use features::Features;
pub use location::{GLANCE_SNAP, ImageRef, Location, glance_meta};
pub use names::{ImageName, PoolName, SnapName, VolumeName};
pub use size::{ByteSize, ObjectSize, Offset, VolumeSize};
pub use values::{Age, ClientId, Count, HashAlgo, QueueDepth, Seconds, Uuid, VolSnap};
