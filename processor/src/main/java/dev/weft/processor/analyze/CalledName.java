package dev.weft.processor.analyze;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;

/** The simple name a call is made by: {@code add} of {@code list.add(x)} and of {@code add(x)}. */
public final class CalledName {
    private CalledName() {}

    public static String of(MethodInvocationTree call) {
        return call.getMethodSelect() instanceof MemberSelectTree select ? select.getIdentifier().toString()
                : call.getMethodSelect() instanceof IdentifierTree name ? name.getName().toString() : "";
    }
}
