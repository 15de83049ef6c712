package org.concord.web.admin;

import org.concord.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.concord.database.Submissions;
import org.concord.security.AccountService;
import org.concord.security.AccountSummary;
import org.concord.security.CurrentUser;
import org.concord.security.Role;
import org.concord.web.shared.FormKey;

/**
 * Backs the administrators' account page: the list of accounts, a form to create one (its
 * one-time password is shown once, on this page, and never stored in clear), and per account:
 * change roles, reset the password (which ends the owner's sign-ins), disable or enable, delete. Refusals (the last
 * administrator, one's own account) are shown as messages.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Submissions submissions;

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    private List<AccountSummary> list;
    private String newUsername;
    private String newDisplayName;
    private Role[] newRoles = {};
    private String editing;
    private Role[] editRoles = {};
    private String oneTimePassword;
    private String oneTimePasswordFor;

    @PostConstruct
    void load() {
        list = accounts.list();
    }

    public void create() {
        String key = FormKey.of("account.create");
        act(actor -> submissions.once(key, "account.create", () -> {
            showPassword(newUsername, accounts.create(actor, strip(newUsername), newDisplayName, roles(newRoles)));
            return strip(newUsername);
        }), "accounts.created", newUsername);
        if (oneTimePasswordFor != null) {
            newUsername = newDisplayName = null;
            newRoles = new Role[0];
        }
    }

    public void edit(AccountSummary account) {
        editing = account.username();
        editRoles = account.roles().toArray(Role[]::new);
        oneTimePassword = oneTimePasswordFor = null;
    }

    public void saveRoles() {
        act(actor -> accounts.changeRoles(actor, editing, roles(editRoles)), "accounts.rolesChanged", editing);
        editing = null;
    }

    public void cancelEdit() {
        editing = null;
    }

    public void resetPassword(String username) {
        String key = FormKey.of("account.reset:" + username);
        act(actor -> submissions.once(key, "account.reset", () -> {
            showPassword(username, accounts.resetPassword(actor, username));
            return username;
        }), "accounts.passwordReset", username);
    }

    public void disable(String username) {
        act(actor -> accounts.disable(actor, username), "accounts.disabled", username);
    }

    public void enable(String username) {
        act(actor -> accounts.enable(actor, username), "accounts.enabled", username);
    }

    public void delete(String username) {
        act(actor -> accounts.delete(actor, username), "accounts.deleted", username);
    }

    /** Runs one change as the signed-in administrator, says how it went, and reads the list again. */
    private void act(Consumer<String> change, String doneKey, String username) {
        oneTimePassword = oneTimePasswordFor = null;
        try {
            change.accept(currentUser.getUsername());
            Messages.info(doneKey, username);
        } finally {
            load();
        }
    }

    private void showPassword(String username, char[] password) {
        oneTimePasswordFor = username;
        oneTimePassword = new String(password);
        Arrays.fill(password, ' ');
    }

    private static Set<Role> roles(Role[] chosen) {
        return chosen == null || chosen.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(chosen));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public List<AccountSummary> getAccounts() {
        return list;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public String getOneTimePasswordFor() {
        return oneTimePasswordFor;
    }

    public String getEditing() {
        return editing;
    }

    public Role[] getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(Role[] editRoles) {
        this.editRoles = editRoles;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public Role[] getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(Role[] newRoles) {
        this.newRoles = newRoles;
    }
}
