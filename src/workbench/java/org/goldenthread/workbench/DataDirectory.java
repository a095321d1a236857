package org.goldenthread.workbench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The workbench's data directory, held with an exclusive file lock while the workbench runs, so a second workbench
 * cannot open the same database files.
 */
final class DataDirectory implements AutoCloseable {
    private static final String LOCK_FILE = "workbench.lock";

    private final Path path;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path path, FileChannel lockChannel, FileLock lock) {
        this.path = path;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static DataDirectory hold(Path path) {
        FileChannel channel;
        try {
            Files.createDirectories(path);
            channel = FileChannel.open(path.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | SecurityException e) {
            throw new WorkbenchException("data directory " + path + " is not writable (" + describe(e) + ")", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new DataDirectory(path, channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by this process: another workbench in the same JVM
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkbenchException("data directory " + path + " cannot be locked (" + describe(e) + ")", e);
        }
        closeQuietly(channel);
        throw new WorkbenchException("data directory " + path + " is in use by another workbench");
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel is closed next, which releases the lock anyway
        }
        closeQuietly(lockChannel);
    }

    private static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
