package com.partnerportal.generator;

/**
 * Deterministic pseudo-random choices: the same number and salt always give the same
 * answer, so that every pass over the customers sees the same data without keeping it in
 * memory, and two runs generate the same data set.
 */
final class Mix {

	private Mix() {
	}

	/**
	 * @param seed a row's number
	 * @param salt tells apart the choices made for the same row
	 * @param bound the number of possible answers
	 * @return a number from 0 (inclusive) to {@code bound} (exclusive)
	 */
	static int below(long seed, int salt, int bound) {
		return (int) Long.remainderUnsigned(hash(seed * 0x9E3779B97F4A7C15L + salt), bound);
	}

	/** SplitMix64's finaliser: every input bit changes about half the output bits. */
	private static long hash(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
