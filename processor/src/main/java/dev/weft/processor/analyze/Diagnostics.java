package dev.weft.processor.analyze;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.weft.processor.diagnostic.DiagnosticId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Where Weft's findings reach the user: compile errors and warnings at the exact position of the
 * tree they are about, which javac prints as file, line and column with the source line beneath.
 * Each finding's text starts with its ID, from {@link DiagnosticId}; the one warning whose weight
 * the user sets, {@code [weft:unseen-call]}, is weighed here.
 */
public final class Diagnostics {
    /** The processor option that sets what an unseen call is: {@code error}, {@code warning} or {@code ignore}. */
    public static final String UNSEEN_CALLS_OPTION = "weft.unseenCalls";

    /** What a finding whose weight the user sets becomes. */
    private enum Weight { ERROR, WARNING, IGNORE }

    /** A piece of code quoted between backticks that runs over lines: its first line, those between, its last. */
    private static final Pattern MULTILINE_QUOTE = Pattern.compile("`([^`\\n]*)\\n([^`]*\\n)?([^`\\n]*)`");

    private final Trees trees;
    private final Messager messager;
    private final Weight unseenCalls;
    /** Every report of trusted calls, whatever its weight: what {@code -Aweft.remarks} tells at each loop and method. */
    private final List<Trusted> trusted = new ArrayList<>();
    private int errors;

    /** The calls a loop or method trusts, reported at {@code where}: a call in the loop, or the method. */
    public record Trusted(TreePath where, List<String> calls) {
        public Trusted {
            calls = List.copyOf(calls);
        }
    }

    public Diagnostics(Trees trees, Messager messager, Map<String, String> options) {
        this.trees = trees;
        this.messager = messager;
        this.unseenCalls = weight(options.getOrDefault(UNSEEN_CALLS_OPTION, "warning"));
    }

    private Weight weight(String option) {
        for (Weight weight : Weight.values()) {
            if (weight.name().toLowerCase(Locale.ROOT).equals(option.strip().toLowerCase(Locale.ROOT))) {
                return weight;
            }
        }
        messager.printMessage(Diagnostic.Kind.ERROR, DiagnosticId.SETUP.tagged("-A" + UNSEEN_CALLS_OPTION + "=" + option + " is not a setting "
                + "Weft knows: use error, warning or ignore (the default is warning)"));
        return Weight.WARNING;
    }

    /** An error at {@code tree}, which lies in the compilation unit of {@code where}. */
    public void error(DiagnosticId id, TreePath where, Tree tree, String message) {
        errors++;
        trees.printMessage(Diagnostic.Kind.ERROR, id.tagged(oneLine(message)), tree, where.getCompilationUnit());
    }

    /**
     * {@code message} with each piece of code it quotes over several lines shortened to its first
     * and last ({@code `new Comparator<P>() { ... }`}): javac prints the source line beneath.
     */
    static String oneLine(String message) {
        return MULTILINE_QUOTE.matcher(message).replaceAll(quote -> Matcher.quoteReplacement("`"
                + quote.group(1).strip() + " ... " + quote.group(3).strip() + "`"));
    }

    /** An error at the tree {@code at} points to. */
    public void error(DiagnosticId id, TreePath at, String message) {
        error(id, at, at.getLeaf(), message);
    }

    /** A warning at {@code tree}, which lies in the compilation unit of {@code where}. */
    public void warning(DiagnosticId id, TreePath where, Tree tree, String message) {
        trees.printMessage(Diagnostic.Kind.WARNING, id.tagged(oneLine(message)), tree, where.getCompilationUnit());
    }

    /**
     * The report of calls Weft cannot see into and trusts, made in {@code scope}: a warning, unless
     * {@code -Aweft.unseenCalls} makes it an error or silences it, or {@code scope} or a class around
     * it says {@code @SuppressWarnings("weft:unseen-call")}. The message is {@code subject} followed
     * by the {@code calls}.
     */
    public void unseenCalls(TreePath where, Tree tree, Element scope, String subject, Collection<String> calls) {
        trusted.add(new Trusted(where, List.copyOf(calls)));
        String message = subject + String.join(", ", calls);
        String advice = ". Check that they do not; -A" + UNSEEN_CALLS_OPTION + "=error makes this an error, and "
                + "@SuppressWarnings(\"" + DiagnosticId.UNSEEN_CALL.suppression() + "\") on the method or its class "
                + "silences it";
        if (unseenCalls == Weight.ERROR) {
            error(DiagnosticId.UNSEEN_CALL, where, tree, message + advice);
        } else if (unseenCalls == Weight.WARNING && !suppresses(scope, DiagnosticId.UNSEEN_CALL)) {
            warning(DiagnosticId.UNSEEN_CALL, where, tree, message + advice);
        }
    }

    /** Whether {@code element}, or one around it, suppresses the warnings of {@code id}. */
    private static boolean suppresses(Element element, DiagnosticId id) {
        for (Element scope = element; scope != null; scope = scope.getEnclosingElement()) {
            for (AnnotationMirror annotation : scope.getAnnotationMirrors()) {
                if (annotation.getAnnotationType().toString().equals(SuppressWarnings.class.getName())
                        && annotation.getElementValues().values().stream().anyMatch(value -> names(value, id.suppression()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an annotation's value, a string or an array of them, holds {@code name}. */
    private static boolean names(AnnotationValue value, String name) {
        Object held = value.getValue();
        return held instanceof java.util.List<?> values
                ? values.stream().anyMatch(item -> item instanceof AnnotationValue inner && names(inner, name))
                : name.equals(held);
    }

    /** Every report of trusted calls so far, in order. */
    public List<Trusted> trusted() {
        return List.copyOf(trusted);
    }

    /** Errors reported so far: an analysis compares counts to learn whether it found any. */
    public int errorCount() {
        return errors;
    }
}
