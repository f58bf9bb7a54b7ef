//! rbdctl: Glance's RBD image store and Cinder's RBD volume driver as a library and a
//! command-line tool. `ceph` owns every `unsafe`; `image` and `volume` are the workflows;
//! `transfer` moves bytes; `output` renders reports; `cli` is only the clap tree.

pub mod ceph;
pub mod cli;
pub mod config;
pub mod docs;
pub mod error;
pub mod image;
pub mod inspect;
pub mod mon;
pub mod names;
pub mod output;
pub mod retry;
pub mod signals;
pub mod size;
pub mod transfer;
pub mod volume;
