package id.bandung.kerjasama.importing;

/** How far reading an import file has come, for a progress bar; called from the thread that reads. */
@FunctionalInterface
public interface ImportProgress {

    /**
     * @param read data rows read so far
     * @param estimated the rows the file is expected to hold, or -1 while that is not known
     */
    void rows(int read, int estimated);

    ImportProgress NONE = (read, estimated) -> {};
}
