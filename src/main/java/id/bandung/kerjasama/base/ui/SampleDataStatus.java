package id.bandung.kerjasama.base.ui;

/** Whether the database holds generated sample data, which every view then flags with a banner. */
public interface SampleDataStatus {

    boolean present();
}
