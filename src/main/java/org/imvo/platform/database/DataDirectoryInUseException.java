package org.imvo.platform.database;

import java.nio.file.Path;

/** Thrown when another running instance holds the embedded database's data folder. */
class DataDirectoryInUseException extends RuntimeException {

	DataDirectoryInUseException(Path dir) {
		super("The data folder " + dir.toAbsolutePath() + " is in use by another running IMVO Platform instance.");
	}

}
