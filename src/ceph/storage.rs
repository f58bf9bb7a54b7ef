//! A read-only byte source as an imago storage object, so that imago can read a qcow2
//! held in an RBD snapshot in place (`volume create --from-image` converts in one pass,
//! no temp file). Here because imago's `Storage` trait has `unsafe fn`s and this module
//! owns every `unsafe`; nothing here knows about RBD itself: the caller supplies the
//! read function.

use imago::Storage;
use imago::io_buffers::{IoVector, IoVectorMut};
use imago::storage::drivers::CommonStorageHelper;
use std::fmt;
use std::io;

/// Reads `buf.len()` bytes at an offset, whole (zeros past the end).
pub type ReadAtFn = Box<dyn Fn(u64, &mut [u8]) -> io::Result<()> + Send + Sync>;

/// A storage object that can only be read, through a function. Writes fail, so imago
/// can never change the source, whatever the image asks for.
pub struct ReadAtStorage {
    read: ReadAtFn,
    size: u64,
    name: String,
    helper: CommonStorageHelper,
}

impl ReadAtStorage {
    pub fn new(name: impl Into<String>, size: u64, read: ReadAtFn) -> Self {
        ReadAtStorage { read, size, name: name.into(), helper: CommonStorageHelper::default() }
    }
}

impl fmt::Debug for ReadAtStorage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ReadAtStorage({}, {} bytes)", self.name, self.size)
    }
}

impl fmt::Display for ReadAtStorage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

fn read_only(name: &str) -> io::Error {
    io::Error::new(io::ErrorKind::ReadOnlyFilesystem, format!("{name} is read-only"))
}

impl Storage for ReadAtStorage {
    fn size(&self) -> io::Result<u64> {
        Ok(self.size)
    }

    // SAFETY (of the trait contract): imago requires that a read not race a write to the
    // same range; nothing here writes, so every read is safe to run.
    unsafe fn pure_readv(&self, bufv: IoVectorMut<'_>, mut offset: u64) -> io::Result<()> {
        for mut slice in bufv.into_inner() {
            let buf: &mut [u8] = &mut slice;
            // The read function is only ever asked for bytes inside the object (found by
            // fuzzing: a crafted qcow2 made imago read past the end).
            let inside = self.size.saturating_sub(offset).min(buf.len() as u64) as usize;
            if inside > 0 {
                (self.read)(offset, &mut buf[..inside])?;
            }
            buf[inside..].fill(0);
            offset += buf.len() as u64;
        }
        Ok(())
    }

    unsafe fn pure_writev(&self, _bufv: IoVector<'_>, _offset: u64) -> io::Result<()> {
        Err(read_only(&self.name))
    }

    unsafe fn pure_write_zeroes(&self, _offset: u64, _length: u64) -> io::Result<()> {
        Err(read_only(&self.name))
    }

    fn flush(&self) -> io::Result<()> {
        Ok(())
    }

    fn sync(&self) -> io::Result<()> {
        Ok(())
    }

    unsafe fn invalidate_cache(&self) -> io::Result<()> {
        Ok(())
    }

    fn get_storage_helper(&self) -> &CommonStorageHelper {
        &self.helper
    }
}
