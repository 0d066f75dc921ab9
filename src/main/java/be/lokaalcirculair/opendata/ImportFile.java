package be.lokaalcirculair.opendata;

import java.nio.file.Path;

/**
 * A file to import.
 *
 * @param name its name as uploaded (the extension says the format)
 * @param path where its bytes are
 */
record ImportFile(String name, Path path) {
}
