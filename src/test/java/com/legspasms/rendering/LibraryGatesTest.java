package com.legspasms.rendering;

import java.util.List;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care-card parser written after flexmark's admonition parser
 * ({@link CareCardBlockParser}), the check put in front of its autolink post-processor
 * ({@link AutolinkGate}) and the text renderer that skips flexmark's escaping when text
 * needs none ({@link PlainTextRenderer}) change nothing a reader sees: each input renders
 * to the same HTML as with flexmark's own {@code AdmonitionExtension},
 * {@code AutolinkExtension} and text rendering, including addresses written with an
 * entity or a backslash escape, in any case, markers indented, in lists or inside
 * paragraphs, and text holding entities, escapes, markup characters and Windows line
 * ends.
 */
class LibraryGatesTest {

	/** The care-card and line options the site sets ({@code MarkdownRenderer}). */
	private static final DataHolder OPTIONS = new MutableDataSet()
		.set(AdmonitionExtension.ALLOW_LAZY_CONTINUATION, false)
		.set(Parser.TRACK_DOCUMENT_LINES, true)
		.toImmutable();

	private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS)
		.extensions(List.of(AdmonitionExtension.create(), TablesExtension.create(), FootnoteExtension.create(),
				StrikethroughExtension.create()))
		.build();

	private final HtmlRenderer gatedRenderer = HtmlRenderer.builder(OPTIONS)
		.extensions(List.of(AdmonitionExtension.create(), TablesExtension.create(), FootnoteExtension.create(),
				StrikethroughExtension.create(), new TextGate()))
		.build();

	private final Parser flexmark = Parser.builder(OPTIONS)
		.extensions(List.of(TablesExtension.create(), TypographicExtension.create(), FootnoteExtension.create(),
				StrikethroughExtension.create(), AutolinkExtension.create(), AdmonitionExtension.create()))
		.build();

	private final Parser gated = Parser.builder(OPTIONS)
		.extensions(List.of(TablesExtension.create(), TypographicExtension.create(), FootnoteExtension.create(),
				StrikethroughExtension.create(), new Gates()))
		.build();

	@ParameterizedTest
	@ValueSource(strings = { "See www.nhs.uk for more.", "See WWW.NHS.UK or Www.nhs.uk.", "Write to help@example.org.",
			"Go to https://www.nhs.uk/conditions/leg-cramps/ now.", "A scheme alone: https:// then text.",
			"Escaped: www&#46;nhs.uk and https&#58;//nhs.uk and help&#64;example.org.", "Escaped: www\\.nhs.uk.",
			"Quoted \"www.nhs.uk\" and 'https://nhs.uk'...", "*www.nhs.uk* and **help@example.org** and `www.nhs.uk`",
			"[www.nhs.uk](https://nhs.uk) and <https://nhs.uk>", "No address here at all, only words and dots...",
			"| Site | Note |\n|---|---|\n| www.nhs.uk | see it |", "- one www.nhs.uk\n- two\n  - help@example.org",
			"# Heading with www.nhs.uk", "> quoted https://nhs.uk",
			"!!! urgent \"Call 999\"\n    Go to www.nhs.uk now.", "!!! note\n    Body\n\n    More body\n\nAfter",
			"  !!! note \"Indented marker\"\n      Body", "???+ note \"Open\"\n    Body", "??? note\n    Body",
			"!!!note no space", "!!! x\n!!! y", "Text first\n!!! note \"Interrupts\"\n    Body",
			"- item\n\n  !!! note \"In a list\"\n      Body", "    !!! note \"Code, not a card\"", "!!", "??", "!!! ",
			"Wow!!! That hurt.", "¡¡¡ note", "- item\n!!! note \"After an item\"\n    Body",
			"1. First\n   !!! warning \"Inside\"\n       Body",
			"!!! urgent \"Call 999\"\n    - one\n        - nested\n    - two", "!!! a \"t\"\n    Body\nlazy line",
			"> !!! note \"Quoted\"\n>     Body", "!!! care cramps-urgent", "\t!!! note \"Tab\"\n\tBody",
			"| Site | Note |\n|---|---|\n| www&#46;nhs.uk | ~~old~~ https://nhs.uk[^1] |\n\n[^1]: See www.nhs.uk.",
			"Fish & chips, a < b > c, \"quoted\" and \\*not emphasis\\*",
			"Line one\r\nline two\r\n\r\nPara &amp; &copy; &#x41; &bogus; & alone", "Old Mac line\rends\r\rhere",
			"[a \"link\" & <b>](https://nhs.uk) text", "<span>inline html</span> and <b>bold</b> text",
			"Héllo — ünïcödé 😀 'single' quotes", "Tab\tand  spaces  \nsecond line", "# Title with & and \"quotes\"",
			"`code & <b> \\`", "Hard  \nbreak and soft\nbreak", "Ends with a backslash\\", "> \"quoted\" & <cited>",
			"- list & item\n- \"two\"", "*emphasis & <x>* and **\"strong\"**", "Line\\\nbreak by backslash", "a\0b",
			"# T\0", "| a\0 |\n|---|\n| b |", "[x\0y](https://nhs.uk)" })
	void rendersAsFlexmarkItselfDoes(String markdown) {
		String expected = this.renderer.render(this.flexmark.parse(markdown));
		assertThat(this.gatedRenderer.render(this.gated.parse(markdown))).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "See www.nhs.uk.", "Write to help@example.org.", "Go to https://nhs.uk now." })
	void addressesStillBecomeLinks(String markdown) {
		assertThat(this.renderer.render(this.gated.parse(markdown))).contains("<a href=");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Plain words, here: 1-2 and more.", "Héllo — ünïcödé 😀" })
	void textThatNeedsNoEscapingIsAppendedAsItIs(String markdown) {
		Node text = this.gated.parse(markdown).getFirstChild().getFirstChild();
		assertThat(text).isInstanceOf(Text.class);
		assertThat(PlainTextRenderer.plain(text.getChars())).isEqualTo(markdown);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Fish & chips", "a < b", "a > b", "not \\*emphasis", "&copy; 2026", "a\0b" })
	void textThatNeedsEscapingGoesToFlexmark(String markdown) {
		Node text = this.gated.parse(markdown).getFirstChild().getFirstChild();
		assertThat(PlainTextRenderer.plain(text.getChars())).isNull();
	}

	/** Only the text renderer, without the site's other rendering changes. */
	private static final class TextGate implements HtmlRenderer.HtmlRendererExtension {

		@Override
		public void rendererOptions(MutableDataHolder options) {
		}

		@Override
		public void extend(HtmlRenderer.Builder builder, String rendererType) {
			builder.nodeRendererFactory((options) -> new PlainTextRenderer());
		}

	}

	/** Only these two, without the site's other parsing changes. */
	private static final class Gates implements Parser.ParserExtension {

		@Override
		public void parserOptions(MutableDataHolder options) {
		}

		@Override
		public void extend(Parser.Builder builder) {
			builder.customBlockParserFactory(new CareCardBlockParser.Factory());
			builder.postProcessorFactory(new AutolinkGate());
		}

	}

}
