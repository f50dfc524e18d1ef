package org.renda.check;

/**
 * An error in the input that made a record REJECTED.
 *
 * @param path    the JSON Pointer of the offending place ({@code ""} for the whole document)
 * @param message what was expected and what was found, in the checker's language
 */
public record InputError(String path, String message) {
}
