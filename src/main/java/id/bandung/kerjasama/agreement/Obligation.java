package id.bandung.kerjasama.agreement;

/** Whether cooperation between regions is mandatory (with bordering regions, for public services) or voluntary. */
public enum Obligation {
    WAJIB,
    SUKARELA
}
