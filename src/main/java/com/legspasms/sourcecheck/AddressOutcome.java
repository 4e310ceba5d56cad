package com.legspasms.sourcecheck;

/**
 * What happened when an address was fetched.
 *
 * @param state fine, moved (it redirects to a working address) or broken
 * @param detail what a writer reads after the address, such as "answered 404 (not
 * found)"; empty when fine
 */
record AddressOutcome(State state, String detail) {

	enum State {

		/** It answered 2xx, without redirects. */
		FINE,

		/**
		 * It redirects to an address that answers 2xx: still works, but the source should
		 * name the new address.
		 */
		MOVED,

		/**
		 * It answered 4xx or 5xx, did not answer in time, named an unknown host, refused
		 * the connection, or redirected too often.
		 */
		BROKEN

	}

	static AddressOutcome fine() {
		return new AddressOutcome(State.FINE, "");
	}

	static AddressOutcome moved(String detail) {
		return new AddressOutcome(State.MOVED, detail);
	}

	static AddressOutcome broken(String detail) {
		return new AddressOutcome(State.BROKEN, detail);
	}

}
