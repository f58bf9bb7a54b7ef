//! The local ends of a transfer, shared by image upload/download and volume
//! import/export: the input source (a file, a FIFO, or stdin), opened once and kept, and
//! the output (a file, a device, a FIFO, or stdout), checked before connecting and
//! removed after a failure only when it is a regular file we created or truncated.

use crate::error::{Error, Result};
use crate::transfer::Sink;
use std::ffi::OsStr;
use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};

/// An input, opened once: a FIFO opened twice loses its writer (issue 11, item 1), so the
/// handle opened for the checks is the one that is read.
pub enum Source {
    Stdin,
    File {
        path: PathBuf,
        file: File,
        /// The length of a regular file; `None` for a FIFO or a device (streamed).
        len: Option<u64>,
    },
}

impl Source {
    /// `-` is stdin; anything else is opened now, and a directory is refused.
    pub fn open(arg: &OsStr) -> Result<Source> {
        if arg == "-" {
            return Ok(Source::Stdin);
        }
        let path = PathBuf::from(arg);
        let file = File::open(&path).map_err(|e| Error::io(format!("source {}", path.display()), e))?;
        let m = file.metadata().map_err(|e| Error::io(format!("source {}", path.display()), e))?;
        if m.is_dir() {
            return Err(Error::invalid(format!(
                "source {} is a directory (give a file, or - for stdin)",
                path.display()
            )));
        }
        let len = m.is_file().then_some(m.len());
        if len.is_some() {
            crate::ceph::advise_sequential(&file);
        }
        Ok(Source::File { path, file, len })
    }

    /// Its length when known in advance (a regular file).
    pub fn known_len(&self) -> Option<u64> {
        match self {
            Source::Stdin => None,
            Source::File { len, .. } => *len,
        }
    }

    /// How messages name it.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "stdin".to_string(),
            Source::File { path, .. } => path.display().to_string(),
        }
    }

    pub fn into_reader(self) -> Box<dyn Read + Send> {
        match self {
            Source::Stdin => Box::new(std::io::stdin()),
            Source::File { file, .. } => Box::new(file),
        }
    }
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Source({})", self.name())
    }
}

/// Before connecting: refuse to clobber, and fail early on a missing directory.
pub fn check_output(path: &Path, force: bool) -> Result<()> {
    if path.is_dir() {
        return Err(Error::invalid(format!("output {} is a directory (give a file name)", path.display())));
    }
    // Only a regular file has contents to lose: /dev/null, a device or a FIFO is written
    // to, never replaced, so it needs no --force.
    if std::fs::metadata(path).is_ok_and(|m| m.is_file()) && !force {
        return Err(Error::AlreadyExists {
            what: format!("output file {}", path.display()),
            hint: Some("pass --force to replace it".into()),
        });
    }
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !parent.is_dir() {
        return Err(Error::invalid(format!("output directory {} not found (create it first)", parent.display())));
    }
    Ok(())
}

/// An opened output: how to write it, and whether a failure may remove it.
pub struct Output {
    pub sink: Sink,
    /// Only a regular file is removed after a failure; never a device or a FIFO
    /// (`-o /dev/full --force` must not delete /dev/full).
    pub removable: Option<PathBuf>,
}

/// Open `path` for a download or export (`None`: stdout). A regular file gets
/// positioned writes and holes; anything else (a FIFO, a device) is written in order.
pub fn open_output(path: Option<&Path>) -> Result<Output> {
    let Some(p) = path else {
        return Ok(Output { sink: Sink::Stream(Box::new(std::io::stdout())), removable: None });
    };
    let special = std::fs::metadata(p).is_ok_and(|m| !m.is_file());
    let f = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(!special)
        .open(p)
        .map_err(|e| Error::io(format!("output file {}", p.display()), e))?;
    Ok(if special {
        Output { sink: Sink::Stream(Box::new(f)), removable: None }
    } else {
        Output { sink: Sink::File(f), removable: Some(p.to_path_buf()) }
    })
}

impl Output {
    /// After a failure: remove a partial regular file, leave anything else alone.
    pub fn discard(path: &Option<PathBuf>) {
        if let Some(p) = path {
            let _ = std::fs::remove_file(p);
        }
    }
}
