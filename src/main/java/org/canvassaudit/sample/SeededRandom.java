package org.canvassaudit.sample;

/**
 * SplitMix64, written out here rather than taken from the JDK so that a seed gives the
 * same inbox on every Java version: the sample inbox is committed and tests compare
 * bytes.
 */
final class SeededRandom {

	private long state;

	private SeededRandom(long state) {
		this.state = state;
	}

	/**
	 * An independent stream per purpose and key, so that changing how much one part of
	 * the inbox draws (say, the contacts of one day) leaves every other part as it was.
	 */
	static SeededRandom of(long seed, long purpose, long key) {
		return new SeededRandom(mix(mix(seed ^ 0x5DEECE66DL) + purpose * 0x9E3779B97F4A7C15L + key));
	}

	long nextLong() {
		this.state += 0x9E3779B97F4A7C15L;
		return mix(this.state);
	}

	/** Uniform in [0, bound), by multiply-high: no division in the contact loop. */
	int nextInt(int bound) {
		return (int) (((nextLong() >>> 32) * bound) >>> 32);
	}

	boolean percent(int percent) {
		return nextInt(100) < percent;
	}

	double nextDouble() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}

	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
