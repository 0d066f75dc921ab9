package be.lokaalcirculair.opendata;

/** Where an import job is: its dry run, the decision, the import, the end. */
public enum ImportState {

	/** The dry run is reading and checking the file. */
	CHECKING,
	/** The dry run found no errors: the file can be imported. */
	CHECKED,
	/** The dry run (or the import's own check) found errors: nothing was imported. */
	REJECTED,
	/** The fiches are being written. */
	IMPORTING,
	/** Every fiche was imported. */
	DONE,
	/** The work stopped (a crash, a node that went away): nothing was imported. */
	FAILED;

	/** Whether work is going on (the page shows progress and polls). */
	public boolean running() {
		return this == CHECKING || this == IMPORTING;
	}

	public String messageKey() {
		return "import.state." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
