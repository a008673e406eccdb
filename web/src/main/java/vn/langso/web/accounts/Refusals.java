package vn.langso.web.accounts;

import vn.langso.kernel.InvalidInputException;
import vn.langso.web.i18n.Messages;

/** Shows what the boundary refused beside the field at fault, or at the top of the page when there is none. */
final class Refusals {

    private Refusals() {}

    static void show(String form, InvalidInputException refused) {
        Object[] arguments = refused.arguments().toArray();
        if (refused.field() == null) {
            Messages.error(refused.messageKey(), arguments);
        } else {
            Messages.errorFor(form + ":" + refused.field(), refused.messageKey(), arguments);
        }
    }
}
