package org.rocbap.survey.shared.text;

import java.io.Serializable;
import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders codes the way people read them: runs of digits by their value, so that FY3031-2 comes
 * before FY3031-10, and FY3031-10 before FY3031-100. Letters compare ignoring case.
 */
public final class NaturalOrder implements Comparator<String>, Serializable {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private static final long serialVersionUID = 1L;

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byValue = new BigInteger(a.substring(i, endA)).compareTo(new BigInteger(b.substring(j, endB)));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                int byLetter =
                        Character.compare(Character.toLowerCase(a.charAt(i)), Character.toLowerCase(b.charAt(j)));
                if (byLetter != 0) {
                    return byLetter;
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        // Equal in reading order (FY1617-07 and FY1617-7): fall back to the plain text so the order is total.
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static int digitsEnd(String s, int start) {
        int end = start;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
