package id.bandung.kerjasama.bench;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Bytes of live objects in this JVM, as {@code jcmd GC.class_histogram} counts them after its full GC: exact, where
 * the heap's "used" figure also counts the unused rest of partly filled G1 regions.
 */
final class LiveHeap {

    private LiveHeap() {}

    static long bytes() throws JMException {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
        String[] lines = histogram.strip().split("\n");
        String[] total = lines[lines.length - 1].trim().split("\\s+"); // "Total  <instances>  <bytes>"
        return Long.parseLong(total[2]);
    }
}
