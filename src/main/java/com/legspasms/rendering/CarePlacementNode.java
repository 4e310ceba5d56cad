package com.legspasms.rendering;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Stands in the parse tree where an article places a shared care block; rendered as the
 * block's card.
 */
class CarePlacementNode extends Block {

	private final String name;

	CarePlacementNode(String name) {
		this.name = name;
	}

	String name() {
		return this.name;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

}
