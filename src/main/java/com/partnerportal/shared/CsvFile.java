package com.partnerportal.shared;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A CSV export, written only when asked: the web side streams it into its response, so
 * that the rows go out as they are read and an export of a hundred thousand rows takes no
 * more memory than one batch.
 */
@FunctionalInterface
public interface CsvFile {

	void writeTo(OutputStream out) throws IOException;

}
