/**
 * Generated from apps/api/openapi.json by `npm run openapi` (openapi-typescript): do not edit.
 * The web names these shapes in src/api/models.ts.
 */

export interface paths {
    "/api/v1/ops/queue-board/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the queue dashboard in this browser: sets an HttpOnly, SameSite=Strict cookie with the caller’s token, valid until it expires */
        post: operations["QueueBoardSession_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register an organization and its first administrator */
        post: operations["Auth_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere: every token issued so far stops working */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password-reset link */
        post: operations["Auth_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a mailed reset link */
        post: operations["Auth_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify the caller’s email address with a mailed link */
        post: operations["Auth_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a fresh email-verification link */
        post: operations["Auth_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller, their organization and its role */
        get: operations["Me_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the caller’s password; other sessions end */
        post: operations["Me_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organizations, for the bureau’s verification queue */
        get: operations["Organizations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organization */
        get: operations["Organizations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify an organization (the bureau) */
        post: operations["Organizations_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of an organization */
        get: operations["Members_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Disable a member’s account in the organization */
        delete: operations["Members_disable"];
        options?: never;
        head?: never;
        /** Change a member’s role in the organization */
        patch: operations["Members_changeRole"];
        trace?: never;
    };
    "/api/v1/organizations/{id}/members/{userId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled member again */
        post: operations["Members_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations of an organization not yet accepted */
        get: operations["Members_invitations"];
        put?: never;
        /** Invite a person to join the organization by email */
        post: operations["Members_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a pending invitation */
        delete: operations["Members_revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link offers, before it is accepted */
        get: operations["Invitations_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: the account is created and signed in */
        post: operations["Invitations_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search published demands, with facets */
        get: operations["Demands_find"];
        put?: never;
        /** Post a demand for review */
        post: operations["Demands_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One demand */
        get: operations["Demands_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a demand; it goes back to review */
        patch: operations["Demands_update"];
        trace?: never;
    };
    "/api/v1/demands/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a demand */
        post: operations["Demands_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/reconfirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reconfirm that a demand is still current (最近确认) */
        post: operations["Demands_reconfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending demand (the bureau) */
        post: operations["Demands_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending demand with a reason (the bureau) */
        post: operations["Demands_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status changes of a demand */
        get: operations["Demands_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search published outcomes, with facets */
        get: operations["Outcomes_find"];
        put?: never;
        /** Post a outcome for review */
        post: operations["Outcomes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcomes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One outcome */
        get: operations["Outcomes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a outcome; it goes back to review */
        patch: operations["Outcomes_update"];
        trace?: never;
    };
    "/api/v1/outcomes/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a outcome */
        post: operations["Outcomes_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcomes/{id}/reconfirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reconfirm that a outcome is still current (最近确认) */
        post: operations["Outcomes_reconfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcomes/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending outcome (the bureau) */
        post: operations["Outcomes_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcomes/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending outcome with a reason (the bureau) */
        post: operations["Outcomes_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcomes/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status changes of a outcome */
        get: operations["Outcomes_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller organization’s demands, any status */
        get: operations["MyListings_demandsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller organization’s outcomes, any status */
        get: operations["MyListings_outcomesOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bureau’s review queue: pending listings of both kinds, oldest first */
        get: operations["Review_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inquiries the caller’s organization sent or received */
        get: operations["Inquiries_list"];
        put?: never;
        /** Open an inquiry on a published listing */
        post: operations["Inquiries_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An inquiry with its messages */
        get: operations["Inquiries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a message in an inquiry */
        post: operations["Inquiries_message"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an inquiry with a reason */
        post: operations["Inquiries_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an inquiry */
        post: operations["Inquiries_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/declines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why inquiries were declined in a year: by reason and by field (the bureau) */
        get: operations["DeclineStats_declines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outcomes that match a demand, best first, with the reasons */
        get: operations["Matches_forDemand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcomes/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demands that match an outcome, best first, with the reasons */
        get: operations["Matches_forOutcome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List vocabulary entries (bridges and synonym groups) */
        get: operations["Vocabulary_list"];
        put?: never;
        /** Add a bridge or a synonym group; matching and Meilisearch follow within seconds */
        post: operations["Vocabulary_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vocabulary/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes to the vocabulary, newest first */
        get: operations["Vocabulary_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vocabulary/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a vocabulary entry (kept, inactive, in the history) */
        delete: operations["Vocabulary_remove"];
        options?: never;
        head?: never;
        /** Change a vocabulary entry */
        patch: operations["Vocabulary_update"];
        trace?: never;
    };
    "/api/v1/keywords/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suggest keywords for a listing being written (distinctive words and the research terms they bridge to) */
        post: operations["Keywords_suggest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller organization’s subscriptions */
        get: operations["Subscriptions_list"];
        put?: never;
        /** Subscribe to new listings of a kind, keyword, field or region */
        post: operations["Subscriptions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a subscription */
        delete: operations["Subscriptions_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s notification settings */
        get: operations["Notifications_getPreferences"];
        /** Change the caller’s notification settings (the daily digest) */
        put: operations["Notifications_setPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notification centre: the organization’s alerts and deal notices, newest first, with the unread count */
        get: operations["Notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: operations["Notifications_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller organization’s notifications, newest first, with the unread count */
        get: operations["Inbox_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: operations["Inbox_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deals the caller’s organization is party to (the bureau: all) */
        get: operations["Deals_list"];
        put?: never;
        /** Declare a deal (技术合同); the other party confirms it */
        post: operations["Deals_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import deals from a CSV or XLSX file (the bureau) */
        post: operations["Deals_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the deals as CSV or XLSX */
        get: operations["Deals_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A deal with its history, notice and broker */
        get: operations["Deals_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The other party confirms a declared deal */
        post: operations["Deals_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The other party disputes a declared deal with a reason */
        post: operations["Deals_dispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a confirmed deal with its registration number (the bureau) */
        post: operations["Deals_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse to register a deal with a reason (the bureau) */
        post: operations["Deals_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a deal */
        post: operations["Deals_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year’s targets */
        get: operations["Targets_get"];
        /** Set the year’s targets (the bureau) */
        put: operations["Targets_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/attribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the year’s turnover came from: through the market, from matches, elsewhere */
        get: operations["Stats_attribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deals of the year by stage, the time between steps, and the large contracts */
        get: operations["Stats_pipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/turnover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year’s turnover against its target, by month, field, contract type and region */
        get: operations["Stats_turnover"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/turnover/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the year’s turnover statistics as XLSX */
        get: operations["Stats_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deal notices (公示): running or archived */
        get: operations["Notices_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Object to a running deal notice */
        post: operations["Notices_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/objections/{oid}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer an objection to a deal notice (the bureau) */
        post: operations["Notices_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/registration-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deal’s technology-contract registration form */
        get: operations["RegistrationForm_form"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of the api and the services it needs */
        get: operations["Health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: HTTP latency by route and status, queue depth, outbox, recording and Meilisearch task lag */
        get: operations["Metrics_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One level of the GB/T 2260 division list: the provinces, or the divisions under `parent` */
        get: operations["Regions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voucher-budgets/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year’s innovation-voucher budget */
        get: operations["VoucherBudgets_get"];
        /** Set the year’s innovation-voucher budget (创新券额度) */
        put: operations["VoucherBudgets_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vouchers of the caller’s organization (the bureau: all), newest first */
        get: operations["Vouchers_list"];
        put?: never;
        /** Issue an innovation voucher (创新券) to a verified enterprise against this year’s budget */
        post: operations["Vouchers_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A voucher with its redemptions: the holder, a provider that redeemed it, the bureau */
        get: operations["Vouchers_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers/{id}/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Redeem on a registered, recorded deal whose buyer holds the voucher: by the holder (general) or the deal’s seller (exchange), within the voucher and the deal’s share */
        post: operations["Vouchers_redeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vouchers of a budget year: budget, issued, redeemed, expired, outstanding, and the leverage */
        get: operations["VoucherStats_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/price-guidance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What comparable contracts fetched: quartiles of the 技术交易额 of recorded deals of the last three years, by field, stage and contract kind; only a count below five deals */
        get: operations["PriceGuidance_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/broker-certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** State the caller’s broker certificate number (技术经纪人证书); the bureau verifies it */
        put: operations["Brokers_certificate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brokers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Broker certificates, pending first */
        get: operations["Brokers_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brokers/{userId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a broker’s certificate */
        post: operations["Brokers_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/brokers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The brokers following a demand: its owner and the bureau */
        get: operations["Brokers_ofDemand"];
        put?: never;
        /** A verified broker follows a published demand (again: the same follow, 200) */
        post: operations["Brokers_follow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker-follows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The broker’s workspace: followed demands with stage and, where allowed, contacts */
        get: operations["Brokers_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker-follows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** The owner refuses or ends a follow and decides on contacts; the broker moves the stage or ends it */
        patch: operations["Brokers_update"];
        trace?: never;
    };
    "/api/v1/introductions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Introductions the caller’s organization is part of (the bureau: all) */
        get: operations["Brokers_introductions"];
        put?: never;
        /** Introduce a published outcome to a followed demand: a conversation of the two owners and the broker */
        post: operations["Brokers_introduce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/introductions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An introduction with its conversation and the deals it brought */
        get: operations["Brokers_introduction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/introductions/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message in the introduction’s conversation (the three parties) */
        post: operations["Brokers_message"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/brokers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Brokers ranked by recorded turnover of the deals they brought, then deals and introductions */
        get: operations["Brokers_ranking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        QueueBoardSessionResponse: {
            /**
             * @description Where the queue dashboard opens
             * @example /api/v1/ops/queues
             */
            url: string;
            /**
             * Format: date-time
             * @description When the session ends (the token’s own expiry)
             */
            expiresAt: string;
        };
        FieldProblemResponse: {
            /** @example title */
            field: string;
            /**
             * @example [
             *       "标题不能为空"
             *     ]
             */
            messages: string[];
        };
        ErrorResponse: {
            /** @example 400 */
            statusCode: number;
            /** @example VALIDATION_FAILED */
            code: string;
            message: string;
            /** @description the fields that failed validation */
            errors?: components["schemas"]["FieldProblemResponse"][];
            /** @description the request id, also in the logs */
            requestId: string;
        };
        RegisterOrganizationDto: {
            /** @example 青岚茶叶加工有限公司 */
            name: string;
            /**
             * @description enterprise 企业 or institution 高校院所; bureau accounts are not self-registered
             * @enum {string}
             */
            type: "enterprise" | "institution" | "broker";
            /**
             * @description 统一社会信用代码 (GB 32100-2015, checksum verified)
             * @example 91331127MA28QL001B
             */
            creditCode: string;
            /**
             * @description 6-digit administrative division code
             * @example 331127
             */
            region: string;
        };
        RegisterDto: {
            /** @example zhang.wei@example.cn */
            email: string;
            /** @description at least 10 characters, letters and digits */
            password: string;
            /** @example 张伟 */
            displayName: string;
            org: components["schemas"]["RegisterOrganizationDto"];
        };
        UserResponse: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            /** @enum {string} */
            orgRole: "admin" | "member";
            /** Format: uuid */
            organizationId: string;
            /** @description whether the address is verified; until then no inquiries and no deals */
            emailVerified: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        OrganizationResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            type: "enterprise" | "institution" | "broker" | "bureau";
            /** @example 企业 */
            typeLabel: string;
            creditCode: string;
            /**
             * @description GB/T 2260 division code
             * @example 331127
             */
            region: string;
            /** @example 浙江省丽水市景宁畲族自治县 */
            regionName: string;
            verified: boolean;
            /** Format: date-time */
            verifiedAt?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        AuthResponse: {
            accessToken: string;
            user: components["schemas"]["UserResponse"];
            org: components["schemas"]["OrganizationResponse"];
        };
        LoginDto: {
            /** @example zhang.wei@example.cn */
            email: string;
            password: string;
        };
        LoginResponse: {
            accessToken: string;
        };
        PasswordResetRequestDto: {
            /** @example zhang.wei@example.cn */
            email: string;
        };
        MessageResponse: {
            /** @example 如果该邮箱已注册，重置密码的邮件已经发出，请查收。 */
            message: string;
        };
        PasswordResetDto: {
            /** @description the new password: at least 10 characters, letters and digits */
            password: string;
        };
        MeResponse: {
            user: components["schemas"]["UserResponse"];
            org: components["schemas"]["OrganizationResponse"];
            /**
             * @description the platform role: the organization type
             * @enum {string}
             */
            role: "enterprise" | "institution" | "broker" | "bureau";
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        TokenResponse: {
            accessToken: string;
        };
        OrganizationPageResponse: {
            items: components["schemas"]["OrganizationResponse"][];
            total: number;
            page: number;
            limit: number;
        };
        MemberResponse: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            /** @enum {string} */
            orgRole: "admin" | "member";
            /** @example 管理员 */
            orgRoleLabel: string;
            /** @enum {string} */
            status: "active" | "disabled";
            emailVerified: boolean;
            /** Format: date-time */
            lastLoginAt?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        MemberListResponse: {
            items: components["schemas"]["MemberResponse"][];
        };
        ChangeRoleDto: {
            /** @enum {string} */
            role: "admin" | "member";
        };
        InvitationResponse: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "admin" | "member";
            /** Format: date-time */
            expiresAt: string;
        };
        InvitationListResponse: {
            items: components["schemas"]["InvitationResponse"][];
        };
        InviteMemberDto: {
            /** @example li.na@example.cn */
            email: string;
            /**
             * @description admin 管理员 (members, confirming deals) or member 成员 (listings, inquiries)
             * @enum {string}
             */
            role: "admin" | "member";
        };
        InvitationOrganization: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @example 企业 */
            typeLabel: string;
        };
        InvitationPreviewResponse: {
            email: string;
            /** @enum {string} */
            role: "admin" | "member";
            /** @example 成员 */
            roleLabel: string;
            /** Format: date-time */
            expiresAt: string;
            organization: components["schemas"]["InvitationOrganization"];
        };
        AcceptInvitationDto: {
            /** @description at least 10 characters, letters and digits */
            password: string;
            /** @example 李娜 */
            displayName: string;
        };
        SearchHighlight: {
            /** @description title with matches wrapped in <em> */
            title: string;
            /** @description cropped description/abstract around the matches, matches in <em> */
            snippet: string;
        };
        DemandSearchItem: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            fieldLabel: string;
            keywords: string[];
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            /** Format: date-time */
            publishedAt: string;
            highlight: components["schemas"]["SearchHighlight"];
            /** @description yuan; null = 面议 */
            budgetMax: string | null;
            budgetLabel: string;
            /** Format: date */
            deadline: string | null;
            region: string;
            /** @example 浙江省丽水市景宁畲族自治县 */
            regionName: string;
            cooperationModes: ("transfer" | "license" | "equity" | "joint_development" | "service")[];
            cooperationModeLabels: string[];
        };
        FacetCount: {
            value: string;
            /** @example 现代农业 */
            label: string;
            count: number;
        };
        DemandFacets: {
            field: components["schemas"]["FacetCount"][];
            modes: components["schemas"]["FacetCount"][];
        };
        DemandSearchResponse: {
            items: components["schemas"]["DemandSearchItem"][];
            total: number;
            page: number;
            limit: number;
            facets: components["schemas"]["DemandFacets"];
        };
        CreateDemandDto: {
            /** @example 陈志远 */
            contactName?: string | null;
            /**
             * @description mainland mobile or landline (0578-6123456)
             * @example 13812345678
             */
            contactPhone?: string | null;
            /** @example chen@example.cn */
            contactEmail?: string | null;
            /** @example 茶叶杀青后叶片发黄打卷，求工艺改进 */
            title: string;
            /**
             * @description 技术领域
             * @enum {string}
             */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            /**
             * @example [
             *       "杀青",
             *       "茶多酚"
             *     ]
             */
            keywords: string[];
            description: string;
            /**
             * @description budget ceiling in yuan; absent or null = 面议
             * @example 500000.00
             */
            budgetMax?: string | null;
            /**
             * Format: date
             * @description today or later (China time)
             * @example 2027-06-30
             */
            deadline?: string | null;
            /**
             * @description 6-digit administrative division code
             * @example 331127
             */
            region: string;
            /** @description 合作方式 */
            cooperationModes: ("transfer" | "license" | "equity" | "joint_development" | "service")[];
        };
        ResponsivenessResponse: {
            /**
             * @description share of the inquiries of the last 90 days answered (a message by the owner side, or a decline)
             * @example 0.8
             */
            rate: number;
            /**
             * @description median hours from an inquiry to its first answer
             * @example 30.5
             */
            medianHours: number | null;
            /** @example 通常 2 天内回复 */
            label: string;
            /** @description inquiries of the last 90 days the figures rest on (3 or more) */
            inquiries: number;
        };
        ListingOwnerResponse: {
            /** Format: uuid */
            organizationId: string;
            name: string;
            /** @description how the owner answers inquiries over the last 90 days; only with 3 or more inquiries */
            responsiveness?: components["schemas"]["ResponsivenessResponse"];
        };
        DemandResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            /** @example 现代农业 */
            fieldLabel: string;
            keywords: string[];
            /** @enum {string} */
            status: "pending" | "published" | "rejected" | "closed" | "fulfilled" | "expired";
            /** @example 已发布 */
            statusLabel: string;
            /** @description owners and the bureau only */
            rejectReason?: string | null;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            /** @description whether contact fields are shown to this reader */
            contactVisible: boolean;
            contactName?: string | null;
            contactPhone?: string | null;
            contactEmail?: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /**
             * Format: date-time
             * @description 最近确认: published or reconfirmed by its owner
             */
            confirmedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the owner organization, on a single listing (GET /:id) */
            owner?: components["schemas"]["ListingOwnerResponse"];
            description: string;
            /**
             * @description yuan; null = 面议
             * @example 500000.00
             */
            budgetMax: string | null;
            /** @example 50万元以内 / 面议 */
            budgetLabel: string;
            /** Format: date */
            deadline: string | null;
            /** @description GB/T 2260 division code */
            region: string;
            /** @example 浙江省丽水市景宁畲族自治县 */
            regionName: string;
            cooperationModes: ("transfer" | "license" | "equity" | "joint_development" | "service")[];
            /**
             * @example [
             *       "合作开发"
             *     ]
             */
            cooperationModeLabels: string[];
        };
        UpdateDemandDto: {
            /** @example 陈志远 */
            contactName?: string | null;
            /**
             * @description mainland mobile or landline (0578-6123456)
             * @example 13812345678
             */
            contactPhone?: string | null;
            /** @example chen@example.cn */
            contactEmail?: string | null;
            /** @example 茶叶杀青后叶片发黄打卷，求工艺改进 */
            title?: string;
            /**
             * @description 技术领域
             * @enum {string}
             */
            field?: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            /**
             * @example [
             *       "杀青",
             *       "茶多酚"
             *     ]
             */
            keywords?: string[];
            description?: string;
            /**
             * @description budget ceiling in yuan; absent or null = 面议
             * @example 500000.00
             */
            budgetMax?: string | null;
            /**
             * Format: date
             * @description today or later (China time)
             * @example 2027-06-30
             */
            deadline?: string | null;
            /**
             * @description 6-digit administrative division code
             * @example 331127
             */
            region?: string;
            /** @description 合作方式 */
            cooperationModes?: ("transfer" | "license" | "equity" | "joint_development" | "service")[];
        };
        RejectListingDto: {
            /** @example 需求描述过于简略，请补充现有工艺参数 */
            reason: string;
        };
        StatusHistoryResponse: {
            /** @enum {string|null} */
            from: "pending" | "published" | "rejected" | "closed" | "fulfilled" | "expired" | null;
            /** @enum {string} */
            to: "pending" | "published" | "rejected" | "closed" | "fulfilled" | "expired";
            /** @example 已发布 */
            toLabel: string;
            /**
             * @description who made the change: the bureau reviewing, the owner, or the market itself
             * @enum {string}
             */
            actor: "bureau" | "owner" | "system";
            /** @example 科技局 */
            actorLabel: string;
            /**
             * Format: uuid
             * @description for the bureau only: to others a reviewer is 科技局, never a person
             */
            actorUserId: string | null;
            reason: string | null;
            /** Format: date-time */
            at: string;
        };
        OutcomeSearchItem: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            fieldLabel: string;
            keywords: string[];
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            /** Format: date-time */
            publishedAt: string;
            highlight: components["schemas"]["SearchHighlight"];
            trl: number;
            /** @enum {string} */
            stage: "lab" | "pilot_small" | "pilot" | "industrial";
            stageLabel: string;
            transferModes: ("transfer" | "license" | "equity" | "joint_development" | "service")[];
            transferModeLabels: string[];
            /** @description yuan; null = 面议 */
            askingPrice: string | null;
            priceLabel: string;
        };
        OutcomeFacets: {
            field: components["schemas"]["FacetCount"][];
            stage: components["schemas"]["FacetCount"][];
            modes: components["schemas"]["FacetCount"][];
        };
        OutcomeSearchResponse: {
            items: components["schemas"]["OutcomeSearchItem"][];
            total: number;
            page: number;
            limit: number;
            facets: components["schemas"]["OutcomeFacets"];
        };
        CreateOutcomeDto: {
            /** @example 陈志远 */
            contactName?: string | null;
            /**
             * @description mainland mobile or landline (0578-6123456)
             * @example 13812345678
             */
            contactPhone?: string | null;
            /** @example chen@example.cn */
            contactEmail?: string | null;
            /** @example 茶多酚低温膜分离提取技术 */
            title: string;
            /**
             * @description 技术领域
             * @enum {string}
             */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            /**
             * @example [
             *       "茶多酚",
             *       "膜分离"
             *     ]
             */
            keywords: string[];
            abstract: string;
            /** @description technology readiness level (GB/T 22900) */
            trl: number;
            /** @enum {string|null} */
            ipType?: "invention_patent" | "utility_model" | "design_patent" | "software_copyright" | "ic_layout" | "plant_variety" | "know_how" | "other" | null;
            /**
             * @description normalised to 201310699744.2
             * @example [
             *       "CN201310699744.2"
             *     ]
             */
            patentNumbers?: string[] | null;
            /** @description 转化方式 */
            transferModes: ("transfer" | "license" | "equity" | "joint_development" | "service")[];
            /**
             * @description asking price in yuan; absent or null = 面议
             * @example 800000.00
             */
            askingPrice?: string | null;
        };
        OutcomeResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            /** @example 现代农业 */
            fieldLabel: string;
            keywords: string[];
            /** @enum {string} */
            status: "pending" | "published" | "rejected" | "closed" | "fulfilled" | "expired";
            /** @example 已发布 */
            statusLabel: string;
            /** @description owners and the bureau only */
            rejectReason?: string | null;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            /** @description whether contact fields are shown to this reader */
            contactVisible: boolean;
            contactName?: string | null;
            contactPhone?: string | null;
            contactEmail?: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /**
             * Format: date-time
             * @description 最近确认: published or reconfirmed by its owner
             */
            confirmedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the owner organization, on a single listing (GET /:id) */
            owner?: components["schemas"]["ListingOwnerResponse"];
            abstract: string;
            trl: number;
            /** @enum {string} */
            stage: "lab" | "pilot_small" | "pilot" | "industrial";
            /** @example 中试 */
            stageLabel: string;
            /** @enum {string|null} */
            ipType: "invention_patent" | "utility_model" | "design_patent" | "software_copyright" | "ic_layout" | "plant_variety" | "know_how" | "other" | null;
            /** @example 发明专利 */
            ipTypeLabel: string | null;
            /**
             * @example [
             *       "201310699744.2"
             *     ]
             */
            patentNumbers: string[];
            transferModes: ("transfer" | "license" | "equity" | "joint_development" | "service")[];
            /**
             * @example [
             *       "转让",
             *       "许可"
             *     ]
             */
            transferModeLabels: string[];
            /**
             * @description yuan; null = 面议
             * @example 800000.00
             */
            askingPrice: string | null;
            /** @example 80万元 / 面议 */
            priceLabel: string;
        };
        UpdateOutcomeDto: {
            /** @example 陈志远 */
            contactName?: string | null;
            /**
             * @description mainland mobile or landline (0578-6123456)
             * @example 13812345678
             */
            contactPhone?: string | null;
            /** @example chen@example.cn */
            contactEmail?: string | null;
            /** @example 茶多酚低温膜分离提取技术 */
            title?: string;
            /**
             * @description 技术领域
             * @enum {string}
             */
            field?: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            /**
             * @example [
             *       "茶多酚",
             *       "膜分离"
             *     ]
             */
            keywords?: string[];
            abstract?: string;
            /** @description technology readiness level (GB/T 22900) */
            trl?: number;
            /** @enum {string|null} */
            ipType?: "invention_patent" | "utility_model" | "design_patent" | "software_copyright" | "ic_layout" | "plant_variety" | "know_how" | "other" | null;
            /**
             * @description normalised to 201310699744.2
             * @example [
             *       "CN201310699744.2"
             *     ]
             */
            patentNumbers?: string[] | null;
            /** @description 转化方式 */
            transferModes?: ("transfer" | "license" | "equity" | "joint_development" | "service")[];
            /**
             * @description asking price in yuan; absent or null = 面议
             * @example 800000.00
             */
            askingPrice?: string | null;
        };
        DemandPageResponse: {
            items: components["schemas"]["DemandResponse"][];
            total: number;
            page: number;
            limit: number;
        };
        OutcomePageResponse: {
            items: components["schemas"]["OutcomeResponse"][];
            total: number;
            page: number;
            limit: number;
        };
        ReviewItemResponse: {
            /** @enum {string} */
            type: "demand" | "outcome";
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            fieldLabel: string;
            /** @enum {string} */
            status: "pending" | "published" | "rejected" | "closed" | "fulfilled" | "expired";
            statusLabel: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            /**
             * Format: date-time
             * @description last change: submission or edit
             */
            updatedAt: string;
        };
        ReviewPageResponse: {
            items: components["schemas"]["ReviewItemResponse"][];
            total: number;
            page: number;
            limit: number;
        };
        InquiryMatchOriginDto: {
            /**
             * Format: uuid
             * @description the listing of the other kind whose matches showed this one
             */
            listingId: string;
            /** @description its rank among those matches, 1 = best */
            rank: number;
        };
        CreateInquiryDto: {
            /**
             * Format: uuid
             * @description exactly one of demandId and outcomeId
             */
            demandId?: string;
            /**
             * Format: uuid
             * @description exactly one of demandId and outcomeId
             */
            outcomeId?: string;
            /** @example 贵单位的茶多酚提取技术能否在我司现有产线上中试？ */
            message: string;
            /** @description sent when the inquiry starts from a match (attribution) */
            fromMatch?: components["schemas"]["InquiryMatchOriginDto"];
        };
        ListingRef: {
            /** @enum {string} */
            type: "demand" | "outcome";
            /** Format: uuid */
            id: string;
            title: string;
        };
        OrganizationRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        InquiryMessageResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            authorName: string;
            /** @description written by the caller’s organization */
            mine: boolean;
            body: string;
            /** Format: date-time */
            createdAt: string;
        };
        InquiryResponse: {
            /** Format: uuid */
            id: string;
            listing: components["schemas"]["ListingRef"];
            /** @enum {string} */
            status: "open" | "closed" | "declined";
            /** @example 对接中 */
            statusLabel: string;
            /**
             * @description sent: my organization opened it
             * @enum {string}
             */
            side: "sent" | "received";
            /** @description the listing’s owner */
            owner: components["schemas"]["OrganizationRef"];
            /** @description the organization that opened the inquiry */
            requester: components["schemas"]["OrganizationRef"];
            /** @description the match it started from, if any */
            fromMatch: components["schemas"]["InquiryMatchOriginDto"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            closedAt: string | null;
            /**
             * @description why the listing’s owner declined
             * @enum {string|null}
             */
            declineReason: "too_early" | "price" | "ip_unclear" | "not_our_field" | "capacity" | "other" | null;
            /** @example 时机未到 */
            declineReasonLabel: string | null;
            declineNote: string | null;
            /** @description oldest first; on single reads */
            messages?: components["schemas"]["InquiryMessageResponse"][];
        };
        InquiryPageResponse: {
            items: components["schemas"]["InquiryResponse"][];
            total: number;
            page: number;
            limit: number;
        };
        InquiryMessageDto: {
            body: string;
        };
        DeclineInquiryDto: {
            /**
             * @description too_early 时机未到; price 价格不合适; ip_unclear 知识产权不清晰; not_our_field 不属于我方领域; capacity 暂无承接能力; other 其他原因
             * @enum {string}
             */
            reason: "too_early" | "price" | "ip_unclear" | "not_our_field" | "capacity" | "other";
            /** @description a word to the asker */
            note?: string;
        };
        DeclineReasonCountResponse: {
            /** @enum {string} */
            reason: "too_early" | "price" | "ip_unclear" | "not_our_field" | "capacity" | "other";
            /** @example 价格不合适 */
            label: string;
            count: number;
        };
        DeclineFieldResponse: {
            /** @enum {string} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            /** @example 农业 */
            fieldLabel: string;
            total: number;
            /** @description every reason, in the order of `reasons`, zeros included */
            counts: components["schemas"]["DeclineReasonCountResponse"][];
        };
        DeclineStatsResponse: {
            year: number;
            /** @description declined inquiries of the year */
            total: number;
            /** @description every reason with its count over all fields */
            reasons: components["schemas"]["DeclineReasonCountResponse"][];
            /** @description fields with declines, most declines first */
            fields: components["schemas"]["DeclineFieldResponse"][];
        };
        MatchedOutcome: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            /** @example 现代农业 */
            fieldLabel: string;
            keywords: string[];
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            /** Format: date-time */
            publishedAt: string;
            abstract: string;
            trl: number;
            /** @enum {string} */
            stage: "lab" | "pilot_small" | "pilot" | "industrial";
            /** @example 中试 */
            stageLabel: string;
            transferModes: ("transfer" | "license" | "equity" | "joint_development" | "service")[];
            transferModeLabels: string[];
            /** @description yuan; null = 面议 */
            askingPrice: string | null;
            /** @example 80万元 */
            priceLabel: string;
        };
        OutcomeMatchItem: {
            outcome: components["schemas"]["MatchedOutcome"];
            /** @description 0–1, higher is better; items are sorted by it */
            score: number;
            /**
             * @example [
             *       "关键词: 茶多酚, 提取",
             *       "价格在预算内",
             *       "已达中试阶段"
             *     ]
             */
            reasons: string[];
            /** @description how the counterpart's organization answers inquiries (last 90 days); only with 3 or more inquiries */
            responsiveness?: components["schemas"]["ResponsivenessResponse"];
        };
        OutcomeMatchesResponse: {
            items: components["schemas"]["OutcomeMatchItem"][];
            /**
             * Format: date-time
             * @description when the stored list was computed (counterparts published since are scored into it as they come)
             */
            computedAt: string;
        };
        MatchedDemand: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            /** @example 现代农业 */
            fieldLabel: string;
            keywords: string[];
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            /** Format: date-time */
            publishedAt: string;
            description: string;
            region: string;
            /** @example 浙江省丽水市景宁畲族自治县 */
            regionName: string;
            cooperationModes: ("transfer" | "license" | "equity" | "joint_development" | "service")[];
            cooperationModeLabels: string[];
            /** @description yuan; null = 面议 */
            budgetMax: string | null;
            /** @example 20万元 */
            budgetLabel: string;
            /** Format: date */
            deadline: string | null;
        };
        DemandMatchItem: {
            demand: components["schemas"]["MatchedDemand"];
            /** @description 0–1, higher is better; items are sorted by it */
            score: number;
            /**
             * @example [
             *       "关键词: 萎凋, 白茶",
             *       "合作方式一致: 转让"
             *     ]
             */
            reasons: string[];
            /** @description how the counterpart's organization answers inquiries (last 90 days); only with 3 or more inquiries */
            responsiveness?: components["schemas"]["ResponsivenessResponse"];
        };
        DemandMatchesResponse: {
            items: components["schemas"]["DemandMatchItem"][];
            /**
             * Format: date-time
             * @description when the stored list was computed (counterparts published since are scored into it as they come)
             */
            computedAt: string;
        };
        VocabularyEntryResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "bridge" | "synonym";
            /** @example 术语桥接 */
            kindLabel: string;
            /** @enum {string|null} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture" | null;
            /** @example 新能源与节能 */
            fieldLabel: string | null;
            triggers: string[];
            terms: string[];
            note: string | null;
            /** @description false once deleted */
            active: boolean;
            /** @description seeded from the code’s vocabulary */
            seeded: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        VocabularyPageResponse: {
            items: components["schemas"]["VocabularyEntryResponse"][];
            total: number;
            page: number;
            limit: number;
        };
        VocabularySnapshotResponse: {
            /** @enum {string} */
            kind: "bridge" | "synonym";
            /** @enum {string|null} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture" | null;
            triggers: string[];
            terms: string[];
            note: string | null;
            active: boolean;
        };
        VocabularyChangeResponse: {
            /** @description increasing; the highest is the vocabulary’s revision */
            id: string;
            /** Format: uuid */
            entryId: string;
            /** @enum {string} */
            action: "seed" | "create" | "update" | "delete";
            before: components["schemas"]["VocabularySnapshotResponse"] | null;
            after: components["schemas"]["VocabularySnapshotResponse"] | null;
            /** Format: uuid */
            actorUserId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        VocabularyHistoryResponse: {
            items: components["schemas"]["VocabularyChangeResponse"][];
            total: number;
            page: number;
            limit: number;
        };
        CreateVocabularyEntryDto: {
            /**
             * @description bridge: workshop words → research terms (one way); synonym: words that mean the same
             * @enum {string}
             */
            kind: "bridge" | "synonym";
            /**
             * @description the field it belongs to; null = any
             * @enum {string|null}
             */
            field?: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture" | null;
            /**
             * @description bridge: words an enterprise writes; synonym: the group (≥ 2)
             * @example [
             *       "电费太高",
             *       "耗电"
             *     ]
             */
            triggers: string[];
            /**
             * @description bridge only: the research terms they call for
             * @example [
             *       "节能",
             *       "变频"
             *     ]
             */
            terms?: string[];
            note?: string | null;
        };
        UpdateVocabularyEntryDto: {
            /** @enum {string|null} */
            field?: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture" | null;
            triggers?: string[];
            terms?: string[];
            note?: string | null;
        };
        SuggestKeywordsDto: {
            /** @example 车间空压机电费太高 */
            title: string;
            /** @description the description or abstract written so far */
            text?: string;
            /** @description keywords already chosen (not suggested again) */
            keywords?: string[];
        };
        KeywordSuggestionResponse: {
            /** @example 变频 */
            word: string;
            /**
             * @description text: a distinctive word of the listing; vocabulary: a research term its words bridge to
             * @enum {string}
             */
            source: "text" | "vocabulary";
        };
        KeywordSuggestionsResponse: {
            items: components["schemas"]["KeywordSuggestionResponse"][];
        };
        CreateSubscriptionDto: {
            /**
             * @description which new listings to watch
             * @enum {string}
             */
            kind: "demand" | "outcome";
            /**
             * @description every word must appear in the listing
             * @example 热泵 烘干
             */
            q?: string;
            /** @enum {string} */
            field?: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            /**
             * @description demands only: 6-digit administrative division code
             * @example 331127
             */
            region?: string;
            /** @description any of these modes; empty = any */
            modes?: ("transfer" | "license" | "equity" | "joint_development" | "service")[];
        };
        SubscriptionResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "demand" | "outcome";
            q: string | null;
            /** @enum {string|null} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture" | null;
            fieldLabel: string | null;
            region: string | null;
            modes: ("transfer" | "license" | "equity" | "joint_development" | "service")[];
            /** Format: date-time */
            createdAt: string;
        };
        SubscriptionListResponse: {
            items: components["schemas"]["SubscriptionResponse"][];
        };
        NotificationPreferencesDto: {
            /** @description whether the member gets the daily digest mail of the organization's alerts */
            dailyDigest: boolean;
        };
        NotificationPayloadResponse: {
            /** Format: uuid */
            demandId?: string;
            /** Format: uuid */
            outcomeId?: string;
            /** @enum {string} */
            listingKind?: "demand" | "outcome";
            /** Format: uuid */
            listingId?: string;
            /**
             * Format: uuid
             * @description match.new: the matched listing
             */
            counterpartId?: string;
            counterpartTitle?: string;
            rank?: number;
            score?: number;
            reasons?: string[];
            /** Format: uuid */
            subscriptionId?: string;
            /** @description subscription.hit, listing.expiring: the listing’s title */
            title?: string;
            /**
             * Format: date-time
             * @description listing.expiring
             */
            expiresAt?: string;
            /**
             * Format: uuid
             * @description deal.status
             */
            dealId?: string | null;
            /** @description turnover.milestone */
            year?: number;
            /** @description turnover.milestone */
            milestone?: number;
            /** @description turnover.milestone: yuan, decimal string */
            total?: string;
            /** @description turnover.milestone: yuan, decimal string */
            target?: string;
        };
        NotificationResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description match.new: a listing gained a top match; subscription.hit: a new listing fits a subscription; listing.expiring: a listing expires soon; deal.status: a deal changed stage; turnover.milestone: the year reached a share of its target
             * @enum {string}
             */
            type: "match.new" | "subscription.hit" | "listing.expiring" | "deal.status" | "turnover.milestone";
            /** @example 新的匹配 */
            typeLabel: string;
            /**
             * @description the stored kind: deal_status or turnover_milestone for deal notices (as before), the type for alerts
             * @enum {string}
             */
            kind: "turnover_milestone" | "deal_status" | "match.new" | "subscription.hit" | "listing.expiring";
            read: boolean;
            /** Format: date-time */
            readAt: string | null;
            /** @description match.new: {demandId, outcomeId, listingKind, listingId, counterpartId, counterpartTitle, rank, score, reasons}; subscription.hit: {subscriptionId, listingKind, listingId, title}; listing.expiring: {listingKind, listingId, title, expiresAt}; deal.status: {dealId}; turnover.milestone: {year, milestone, total, target} */
            payload: components["schemas"]["NotificationPayloadResponse"];
            /**
             * Format: uuid
             * @description the deal a deal_status notification is about
             */
            dealId: string | null;
            /** @description the deal's year, or the year (in China) an alert was written */
            year: number;
            /** @example 50 */
            milestone: number | null;
            title: string;
            message: string;
            total: string | null;
            target: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        NotificationPageResponse: {
            items: components["schemas"]["NotificationResponse"][];
            total: number;
            page: number;
            limit: number;
            /** @description the reader's unread notifications, all pages and years */
            unreadCount: number;
        };
        InboxNotificationResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description match.new: a listing gained a top match; subscription.hit: a new listing fits a subscription
             * @enum {string}
             */
            type: "match.new" | "subscription.hit" | "listing.expiring";
            /** @example 新的科技成果匹配：茶园晚霜冻害预警与防御技术 */
            title: string;
            /** @description match.new: {demandId, outcomeId, listingKind, listingId, counterpartId, counterpartTitle, rank, score, reasons}; subscription.hit: {subscriptionId, listingKind, listingId, title} */
            payload: components["schemas"]["NotificationPayloadResponse"];
            /** Format: date-time */
            readAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        InboxPageResponse: {
            items: components["schemas"]["InboxNotificationResponse"][];
            total: number;
            page: number;
            limit: number;
            /** @description unread notifications of the organization, all pages */
            unreadCount: number;
        };
        CreateDealDto: {
            /**
             * Format: uuid
             * @description 买方 (buyer organization)
             */
            buyerOrgId: string;
            /**
             * Format: uuid
             * @description 卖方 (seller organization)
             */
            sellerOrgId: string;
            /** Format: uuid */
            demandId?: string | null;
            /** Format: uuid */
            outcomeId?: string | null;
            /** Format: uuid */
            inquiryId?: string | null;
            /**
             * @description 合同类型
             * @enum {string}
             */
            contractType: "development" | "transfer" | "license" | "consulting" | "service";
            /**
             * @description 技术领域; required unless a referenced listing provides it
             * @enum {string|null}
             */
            field?: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture" | null;
            /**
             * @description 成交额 in yuan: a decimal string, > 0, at most two decimals
             * @example 1250000.00
             */
            amount: string;
            /**
             * @description 技术交易额 in yuan, ≤ amount; defaults to amount
             * @example 1000000.00
             */
            technologyAmount?: string | null;
            /**
             * Format: date
             * @description 签订日期, not in the future
             * @example 2026-03-18
             */
            signedAt: string;
            /**
             * @description 技术合同登记号: year (4) + region code (6) + serial of 8–10 digits or capitals. Required when the bureau posts a registered contract; parties leave it out (the bureau gives it at registration)
             * @example 2026331127000123AB
             */
            registrationNo?: string | null;
            /**
             * @description 定价方式: agreement (协议定价), listing (挂牌), auction (拍卖); an institution selling at an agreed price goes through 公示
             * @default listing
             * @enum {string}
             */
            pricing?: "agreement" | "listing" | "auction";
            /** @description 合同名称 */
            title?: string | null;
            /** @description 合同类别 within the contract type: development: 委托开发/合作开发; transfer: 专利权/专利申请权/技术秘密/计算机软件著作权/集成电路布图设计专有权/植物新品种权/其他; license: 专利权/技术秘密/计算机软件著作权/集成电路布图设计专有权/植物新品种权/其他; consulting: 可行性论证/技术预测/专题技术调查/分析评价报告/其他; service: 一般技术服务/技术培训/技术中介/其他 */
            contractSubtype?: string | null;
            /**
             * Format: date
             * @description 合同期限 from
             */
            termStart?: string | null;
            /**
             * Format: date
             * @description 合同期限 to
             */
            termEnd?: string | null;
            /**
             * @description 支付方式
             * @enum {string|null}
             */
            paymentMode?: "一次总付" | "分期支付" | "提成支付" | "其他" | null;
        };
        AcceptedDealResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "declared" | "confirmed" | "disputed" | "registered" | "recorded" | "rejected" | "cancelled";
        };
        ImportFileBody: {
            /**
             * Format: binary
             * @description CSV (UTF-8, BOM optional) or XLSX; header row with columns buyer, seller, contractType, field, amount, technologyAmount, signedAt, registrationNo or their Chinese names (买方, 卖方, 合同类型, 技术领域, 成交额, 技术交易额, 签订日期, 技术合同登记号); parties by organization id or unified social credit code
             */
            file: string;
        };
        ImportRowErrorResponse: {
            /** @description row as the spreadsheet shows it (the header is row 1) */
            row: number;
            /** @description the rule that failed: a column name (buyer, amount, …) or "row" */
            field: string;
            /** @description the column header as written in the file */
            column: string | null;
            messages: string[];
        };
        DealImportResponse: {
            /** Format: uuid */
            importId: string;
            /** @description rows stored as pending deals */
            accepted: number;
            /** @description rows refused (see errors) */
            rejected: number;
            errors: components["schemas"]["ImportRowErrorResponse"][];
        };
        DealPartyResponse: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        DealResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "declared" | "confirmed" | "disputed" | "registered" | "recorded" | "rejected" | "cancelled";
            /** @example 已入账 */
            statusLabel: string;
            buyer: components["schemas"]["DealPartyResponse"];
            seller: components["schemas"]["DealPartyResponse"];
            /** Format: uuid */
            demandId: string | null;
            /** Format: uuid */
            outcomeId: string | null;
            /** Format: uuid */
            inquiryId: string | null;
            /** @enum {string} */
            contractType: "development" | "transfer" | "license" | "consulting" | "service";
            /** @example 技术开发 */
            contractTypeLabel: string;
            /** @enum {string} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            /** @example 现代农业 */
            fieldLabel: string;
            /** @example 1250000.00 */
            amount: string;
            /** @example 1000000.00 */
            technologyAmount: string;
            /** Format: date */
            signedAt: string;
            registrationNo: string | null;
            /** @description the seller's region (6-digit division code) */
            region: string;
            /** @example 浙江省丽水市景宁畲族自治县 */
            regionName: string;
            /** Format: date-time */
            recordedAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            cancelReason: string | null;
            /** @enum {string} */
            pricing: "agreement" | "listing" | "auction";
            /** @example 协议定价 */
            pricingLabel: string;
            /** @description 合同名称 */
            title: string | null;
            /** @description 合同类别 */
            contractSubtype: string | null;
            /** Format: date */
            termStart: string | null;
            /** Format: date */
            termEnd: string | null;
            /** @enum {string|null} */
            paymentMode: "一次总付" | "分期支付" | "提成支付" | "其他" | null;
            /** @description the other party's reason for disputing, or the bureau's for rejecting */
            statusReason: string | null;
            /** Format: date-time */
            confirmedAt: string | null;
            /** Format: date-time */
            registeredAt: string | null;
            /** Format: date-time */
            rejectedAt: string | null;
            /** @description at or above LARGE_CONTRACT_YUAN: flagged for expert review (重大技术合同) */
            large: boolean;
            /**
             * Format: uuid
             * @description the organization that declared the deal (the bureau for registered contracts it posted)
             */
            declaredByOrgId: string;
            /** Format: date-time */
            createdAt: string;
        };
        DealPageResponse: {
            items: components["schemas"]["DealResponse"][];
            total: number;
            page: number;
            limit: number;
        };
        DealBrokerResponse: {
            /** Format: uuid */
            introductionId: string;
            /** Format: uuid */
            brokerUserId: string;
            /** @example 王敏 */
            brokerName: string;
            /** @example 青岚科技成果转化服务中心 */
            brokerOrgName: string;
        };
        DealHistoryEntryResponse: {
            /** @enum {string} */
            status: "declared" | "confirmed" | "disputed" | "registered" | "recorded" | "rejected" | "cancelled";
            /** @example 已入账 */
            statusLabel: string;
            /** @description the organization, 科技局, or 系统 (the recording worker) */
            actor: string;
            reason: string | null;
            /** Format: date-time */
            at: string;
        };
        DealNoticeSummaryResponse: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            running: boolean;
            openObjections: number;
        };
        DealDetailResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "declared" | "confirmed" | "disputed" | "registered" | "recorded" | "rejected" | "cancelled";
            /** @example 已入账 */
            statusLabel: string;
            buyer: components["schemas"]["DealPartyResponse"];
            seller: components["schemas"]["DealPartyResponse"];
            /** Format: uuid */
            demandId: string | null;
            /** Format: uuid */
            outcomeId: string | null;
            /** Format: uuid */
            inquiryId: string | null;
            /** @enum {string} */
            contractType: "development" | "transfer" | "license" | "consulting" | "service";
            /** @example 技术开发 */
            contractTypeLabel: string;
            /** @enum {string} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            /** @example 现代农业 */
            fieldLabel: string;
            /** @example 1250000.00 */
            amount: string;
            /** @example 1000000.00 */
            technologyAmount: string;
            /** Format: date */
            signedAt: string;
            registrationNo: string | null;
            /** @description the seller's region (6-digit division code) */
            region: string;
            /** @example 浙江省丽水市景宁畲族自治县 */
            regionName: string;
            /** Format: date-time */
            recordedAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            cancelReason: string | null;
            /** @enum {string} */
            pricing: "agreement" | "listing" | "auction";
            /** @example 协议定价 */
            pricingLabel: string;
            /** @description 合同名称 */
            title: string | null;
            /** @description 合同类别 */
            contractSubtype: string | null;
            /** Format: date */
            termStart: string | null;
            /** Format: date */
            termEnd: string | null;
            /** @enum {string|null} */
            paymentMode: "一次总付" | "分期支付" | "提成支付" | "其他" | null;
            /** @description the other party's reason for disputing, or the bureau's for rejecting */
            statusReason: string | null;
            /** Format: date-time */
            confirmedAt: string | null;
            /** Format: date-time */
            registeredAt: string | null;
            /** Format: date-time */
            rejectedAt: string | null;
            /** @description at or above LARGE_CONTRACT_YUAN: flagged for expert review (重大技术合同) */
            large: boolean;
            /**
             * Format: uuid
             * @description the organization that declared the deal (the bureau for registered contracts it posted)
             */
            declaredByOrgId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description the technology broker credited: the earliest introduction of this demand and outcome before the deal was declared */
            broker: components["schemas"]["DealBrokerResponse"] | null;
            /** @description every stage, oldest first */
            history: components["schemas"]["DealHistoryEntryResponse"][];
            /** @description 公示, when the deal has one */
            notice: components["schemas"]["DealNoticeSummaryResponse"] | null;
            /** @description the caller's organization is the party that confirms or disputes */
            awaitsCaller: boolean;
        };
        ReasonDto: {
            /** @description 原因 (the other party and the bureau read it) */
            reason: string;
        };
        RegisterDealDto: {
            /**
             * @description 技术合同登记号 the bureau gives
             * @example 2026331127000123AB
             */
            registrationNo: string;
        };
        CancelDealDto: {
            /** @description 撤销原因 */
            reason?: string;
        };
        PutTargetDto: {
            /**
             * @description 年度技术市场交易额目标 in yuan (decimal string)
             * @example 100000000.00
             */
            turnover: string;
            /**
             * @description 完成技术成果交易项数
             * @example 120
             */
            deals: number;
            /**
             * @description 发布技术难题项数
             * @example 50
             */
            demandsPublished: number;
            /**
             * @description which turnover the target tracks: inflow 技术吸纳 (buyer in the market region) or outflow 技术输出 (seller in it)
             * @default inflow
             * @enum {string}
             */
            basis?: "inflow" | "outflow";
        };
        TargetResponse: {
            year: number;
            /** @example 100000000.00 */
            turnover: string;
            deals: number;
            demandsPublished: number;
            /** @enum {string} */
            basis: "inflow" | "outflow";
            /** Format: date-time */
            updatedAt: string;
        };
        AttributionTotalResponse: {
            dealCount: number;
            /** @example 63500000.00 */
            amount: string;
        };
        AttributionShareResponse: {
            dealCount: number;
            /** @example 63500000.00 */
            amount: string;
            /** @description percent of the year's recorded turnover, two decimals */
            share: number | null;
        };
        AttributionChannelResponse: {
            dealCount: number;
            /** @example 63500000.00 */
            amount: string;
            /** @description percent of the year's recorded turnover, two decimals */
            share: number | null;
            /** @enum {string} */
            channel: "match" | "inquiry" | "listing" | "elsewhere";
            /** @example 经匹配推荐对接 */
            label: string;
        };
        AttributionListingRef: {
            /** @enum {string} */
            kind: "demand" | "outcome";
            /** Format: uuid */
            id: string;
            title: string;
        };
        AttributionMatchRef: {
            /**
             * Format: uuid
             * @description the listing whose matches showed the inquired one
             */
            listingId: string;
            title: string | null;
            rank: number;
        };
        MatchedDealResponse: {
            /** Format: uuid */
            dealId: string;
            amount: string;
            /** Format: date */
            signedAt: string;
            /** Format: uuid */
            inquiryId: string;
            /** @description the listing the inquiry was about */
            listing: components["schemas"]["AttributionListingRef"];
            match: components["schemas"]["AttributionMatchRef"];
        };
        AttributionResponse: {
            year: number;
            /** @enum {string} */
            basis: "inflow" | "outflow";
            basisLabel: string;
            /** @description recorded turnover on the basis (equals GET /stats/turnover total) */
            total: components["schemas"]["AttributionTotalResponse"];
            /** @description through an inquiry on the market, from a match or not */
            throughMarket: components["schemas"]["AttributionShareResponse"];
            /** @description through an inquiry that started from a match */
            fromMatches: components["schemas"]["AttributionShareResponse"];
            /** @description registered without an inquiry on the market */
            elsewhere: components["schemas"]["AttributionShareResponse"];
            channels: components["schemas"]["AttributionChannelResponse"][];
            /** @description the largest contracts from matches, at most 20 */
            matchedDeals: components["schemas"]["MatchedDealResponse"][];
        };
        PipelineStageResponse: {
            /** @enum {string} */
            stage: "declared" | "confirmed" | "in_notice" | "awaiting_registration" | "registered" | "recorded" | "disputed" | "rejected";
            /** @example 公示中 */
            label: string;
            /**
             * @description in_notice and awaiting_registration split confirmed
             * @enum {string|null}
             */
            partOf: "confirmed" | null;
            dealCount: number;
            /**
             * @description 成交额 of the deals at this stage
             * @example 1250000.00
             */
            amount: string;
        };
        PipelineStepResponse: {
            /** @enum {string} */
            step: "confirm" | "register" | "record" | "declaredToRecorded";
            label: string;
            /** @description deals that took the step */
            dealCount: number;
            /** @description median days (percentile_cont 0.5), two decimals */
            medianDays: number | null;
        };
        LargeContractResponse: {
            /** Format: uuid */
            id: string;
            title: string | null;
            /** @enum {string} */
            status: "registered" | "recorded";
            buyerName: string;
            sellerName: string;
            amount: string;
            /** Format: date */
            signedAt: string;
            registrationNo: string | null;
        };
        LargeContractsResponse: {
            /**
             * @description LARGE_CONTRACT_YUAN
             * @example 5000000.00
             */
            threshold: string;
            count: number;
            amount: string;
            /** @description largest first, at most 50 */
            items: components["schemas"]["LargeContractResponse"][];
        };
        PipelineStatsResponse: {
            year: number;
            stages: components["schemas"]["PipelineStageResponse"][];
            steps: components["schemas"]["PipelineStepResponse"][];
            /** @description 重大技术合同 for expert review */
            largeContracts: components["schemas"]["LargeContractsResponse"];
        };
        FlowAmountsResponse: {
            dealCount: number;
            amount: string;
            technologyAmount: string;
        };
        FlowsResponse: {
            /** @description 技术吸纳: buyer in the market region */
            inflow: components["schemas"]["FlowAmountsResponse"];
            /** @description 技术输出: seller in the market region */
            outflow: components["schemas"]["FlowAmountsResponse"];
            /** @description both parties in the region: counted in both flows, so never add them */
            withinRegion: components["schemas"]["FlowAmountsResponse"];
        };
        StatsTargetResponse: {
            /** @example 100000000.00 */
            turnover: string;
            deals: number;
            demandsPublished: number;
            /** @enum {string} */
            basis: "inflow" | "outflow";
        };
        PaceNeededResponse: {
            /** @description target − total, not below zero */
            remaining: string;
            /** @description days left in the year, today included (China time) */
            remainingDays: number;
            /** @description months left, the current one included */
            remainingMonths: number;
            perDay: string | null;
            perMonth: string | null;
        };
        MonthStatsResponse: {
            month: number;
            dealCount: number;
            amount: string;
            cumulative: string;
            /** @description the target's linear pace: target × month / 12 */
            targetPace: string | null;
            /** @description the target at earlier years' cumulative monthly share (up to three earlier years with turnover); null without one */
            seasonalPace: string | null;
        };
        FieldStatsResponse: {
            dealCount: number;
            amount: string;
            technologyAmount: string;
            /** @description percent of the year total, two decimals */
            share: number | null;
            /** @enum {string} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            label: string;
        };
        ContractTypeStatsResponse: {
            dealCount: number;
            amount: string;
            technologyAmount: string;
            /** @description percent of the year total, two decimals */
            share: number | null;
            /** @enum {string} */
            contractType: "development" | "transfer" | "license" | "consulting" | "service";
            label: string;
        };
        RegionStatsResponse: {
            dealCount: number;
            amount: string;
            technologyAmount: string;
            /** @description percent of the year total, two decimals */
            share: number | null;
            /** @description the other side's region: the seller's for inflow, the buyer's for outflow */
            region: string;
            /** @example 浙江省丽水市景宁畲族自治县 */
            regionName: string;
        };
        RegionTreeStatsResponse: {
            dealCount: number;
            amount: string;
            technologyAmount: string;
            /** @description percent of the year total, two decimals */
            share: number | null;
            /** @example 331100 */
            region: string;
            /** @example 浙江省丽水市 */
            regionName: string;
            /** @enum {string} */
            level: "province" | "city" | "county";
            /** @description the places in this one */
            children: components["schemas"]["RegionTreeStatsResponse"][];
        };
        SellerStatsResponse: {
            dealCount: number;
            amount: string;
            technologyAmount: string;
            /** @description percent of the year total, two decimals */
            share: number | null;
            /** Format: uuid */
            orgId: string;
            name: string;
        };
        LargestContractsResponse: {
            definition: string;
            count: number;
            amount: string;
            share: number | null;
        };
        TurnoverStatsResponse: {
            year: number;
            /**
             * @description the basis of every figure below: the target's, inflow without a target
             * @enum {string}
             */
            basis: "inflow" | "outflow";
            /** @example 技术吸纳 */
            basisLabel: string;
            /**
             * @description MARKET_REGION
             * @example 331127
             */
            marketRegion: string;
            flows: components["schemas"]["FlowsResponse"];
            target: components["schemas"]["StatsTargetResponse"] | null;
            /**
             * @description 成交额 total
             * @example 63500000.00
             */
            total: string;
            /** @description 技术交易额 total */
            technologyTotal: string;
            dealCount: number;
            /** @description percent of the turnover target */
            progress: number | null;
            /** @description percent of the deals target */
            dealsProgress: number | null;
            paceNeeded: components["schemas"]["PaceNeededResponse"] | null;
            byMonth: components["schemas"]["MonthStatsResponse"][];
            /** @description the earlier years the seasonal pace follows */
            seasonalPaceYears: number[];
            byField: components["schemas"]["FieldStatsResponse"][];
            byContractType: components["schemas"]["ContractTypeStatsResponse"][];
            byRegion: components["schemas"]["RegionStatsResponse"][];
            /** @description byRegion rolled up 省 → 市 → 县 */
            byRegionTree: components["schemas"]["RegionTreeStatsResponse"][];
            topSellers: components["schemas"]["SellerStatsResponse"][];
            largestContracts: components["schemas"]["LargestContractsResponse"];
        };
        ObjectionResponse: {
            /** Format: uuid */
            id: string;
            text: string;
            /** Format: date-time */
            createdAt: string;
            resolution: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
        };
        NoticeResponse: {
            /** Format: uuid */
            id: string;
            /** @description what the deal is about: the outcome, else the contract name */
            subject: string;
            buyer: string;
            seller: string;
            /** @enum {string} */
            contractType: "development" | "transfer" | "license" | "consulting" | "service";
            /** @example 技术转让 */
            contractTypeLabel: string;
            /**
             * @description 成交额 in yuan
             * @example 1250000.00
             */
            amount: string;
            /**
             * @description 技术交易额 in yuan
             * @example 1250000.00
             */
            technologyAmount: string;
            /** Format: date */
            signedAt: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            running: boolean;
            /** @enum {string} */
            dealStatus: "declared" | "confirmed" | "disputed" | "registered" | "recorded" | "rejected" | "cancelled";
            dealStatusLabel: string;
            openObjections: number;
            /** @description objections and the bureau’s answers (who objected is not shown) */
            objections: components["schemas"]["ObjectionResponse"][];
        };
        NoticePageResponse: {
            items: components["schemas"]["NoticeResponse"][];
            total: number;
            page: number;
            limit: number;
        };
        ObjectionDto: {
            /** @description 异议内容 */
            text: string;
        };
        ResolveObjectionDto: {
            /** @description 处理意见 */
            resolution: string;
        };
        RegistrationFormContract: {
            /** @description 合同名称 */
            name: string;
            /** @enum {string} */
            contractType: "development" | "transfer" | "license" | "consulting" | "service";
            /** @example 技术开发 */
            contractTypeLabel: string;
            /** @description 合同类别 (委托开发/合作开发, 专利权 …) */
            contractSubtype: string | null;
            field: string;
            fieldLabel: string;
            pricing: string;
            pricingLabel: string;
            /** Format: date */
            signedAt: string;
            /** Format: date */
            termStart: string | null;
            /** Format: date */
            termEnd: string | null;
            /** @description 支付方式 */
            paymentMode: string | null;
            /** @description 合同成交额 (yuan) */
            amount: string;
            /** @description 技术交易额 (yuan) */
            technologyAmount: string;
            /** @description at or above LARGE_CONTRACT_YUAN: expert review */
            large: boolean;
        };
        RegistrationFormParty: {
            /**
             * @description the party as the Civil Code names it for the contract type
             * @example 委托方
             */
            role: string;
            name: string;
            /** @description 统一社会信用代码 */
            creditCode: string;
            /** @description GB/T 2260 code */
            region: string;
            /** @description the listing's contact, else the member who acted for the party */
            contactName: string | null;
            contactPhone: string | null;
        };
        RegistrationFormRegistrar: {
            name: string;
            creditCode: string;
            region: string;
        };
        RegistrationFormListingRef: {
            /** Format: uuid */
            id: string;
            title: string;
        };
        RegistrationFormOutcomeRef: {
            /** Format: uuid */
            id: string;
            title: string;
            ipType: string | null;
            patentNumbers: string[];
        };
        RegistrationFormInquiryRef: {
            /** Format: uuid */
            id: string;
            listingKind: string;
            listingTitle: string;
            /** Format: date */
            openedAt: string;
        };
        RegistrationFormSources: {
            demand: components["schemas"]["RegistrationFormListingRef"] | null;
            outcome: components["schemas"]["RegistrationFormOutcomeRef"] | null;
            inquiry: components["schemas"]["RegistrationFormInquiryRef"] | null;
        };
        RegistrationFormResponse: {
            /** @example 技术合同登记表 */
            form: string;
            /** @description the rules the form follows */
            basis: string;
            /** Format: uuid */
            dealId: string;
            status: string;
            statusLabel: string;
            registrationNo: string | null;
            contract: components["schemas"]["RegistrationFormContract"];
            buyer: components["schemas"]["RegistrationFormParty"];
            seller: components["schemas"]["RegistrationFormParty"];
            /** @description the registration office (the bureau) */
            registrar: components["schemas"]["RegistrationFormRegistrar"];
            sources: components["schemas"]["RegistrationFormSources"];
        };
        HealthCheckEntry: {
            /** @enum {string} */
            status: "up" | "down";
            /** @description why a check is down: for the bureau only */
            message?: string;
        };
        HealthChecks: {
            database: components["schemas"]["HealthCheckEntry"];
            redis: components["schemas"]["HealthCheckEntry"];
            search: components["schemas"]["HealthCheckEntry"];
        };
        HealthResponse: {
            /** @enum {string} */
            status: "ok" | "error";
            checks: components["schemas"]["HealthChecks"];
        };
        RegionOptionResponse: {
            /** @example 331127 */
            code: string;
            /** @example 景宁畲族自治县 */
            name: string;
            /** @description no divisions below this one */
            leaf: boolean;
            /** @description false for a grouping (省直辖县级行政区划) that is not itself a place */
            selectable: boolean;
        };
        RegionsResponse: {
            items: components["schemas"]["RegionOptionResponse"][];
        };
        PutVoucherBudgetDto: {
            /**
             * @description 年度创新券额度 in yuan; not below what is already issued
             * @example 2000000.00
             */
            amount: string;
        };
        VoucherBudgetResponse: {
            year: number;
            /** @example 2000000.00 */
            amount: string;
            /**
             * @description issued against the budget
             * @example 350000.00
             */
            issued: string;
            /** @example 1650000.00 */
            remaining: string;
            /** Format: date-time */
            updatedAt: string;
        };
        IssueVoucherDto: {
            /**
             * Format: uuid
             * @description 持券企业 (a verified enterprise)
             */
            organizationId: string;
            /**
             * @description 面额 in yuan
             * @example 100000.00
             */
            amount: string;
            /**
             * Format: date
             * @description 有效期至 (inclusive, China time)
             * @example 2027-06-30
             */
            validUntil: string;
            /**
             * @description general 通用: the holder redeems; exchange 通兑: the provider (the deal’s seller) redeems
             * @enum {string}
             */
            mode: "general" | "exchange";
        };
        VoucherResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            /** @description budget year */
            year: number;
            /** @enum {string} */
            mode: "general" | "exchange";
            /** @example 100000.00 */
            amount: string;
            /** @example 50000.00 */
            redeemed: string;
            /** @example 50000.00 */
            remaining: string;
            /** Format: date */
            validUntil: string;
            /** Format: date-time */
            createdAt: string;
        };
        VoucherRedemptionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            voucherId: string;
            /** Format: uuid */
            dealId: string;
            /**
             * @description reverse: the deal was cancelled and the redemption returned to the voucher
             * @enum {string}
             */
            kind: "redeem" | "reverse";
            /** @example 50000.00 */
            amount: string;
            /** Format: uuid */
            byOrgId?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        VoucherDetailResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            /** @description budget year */
            year: number;
            /** @enum {string} */
            mode: "general" | "exchange";
            /** @example 100000.00 */
            amount: string;
            /** @example 50000.00 */
            redeemed: string;
            /** @example 50000.00 */
            remaining: string;
            /** Format: date */
            validUntil: string;
            /** Format: date-time */
            createdAt: string;
            /** @description the voucher’s ledger, oldest first */
            redemptions: components["schemas"]["VoucherRedemptionResponse"][];
        };
        RedeemVoucherDto: {
            /**
             * Format: uuid
             * @description a registered, recorded deal in which the holder is the buyer
             */
            dealId: string;
            /**
             * @description yuan to redeem: within the voucher’s remaining amount and the deal’s voucher share
             * @example 50000.00
             */
            amount: string;
        };
        VoucherStatsResponse: {
            year: number;
            /**
             * @description null: no budget set
             * @example 2000000.00
             */
            budget: string | null;
            issued: string;
            /** @description redeemed, net of reversals */
            redeemed: string;
            /** @description left unredeemed on vouchers past their date */
            expired: string;
            /** @description left on vouchers still valid */
            outstanding: string;
            vouchers: number;
            /** @description recorded deals paid in part by vouchers */
            dealsPaid: number;
            /** @description 成交额 of those deals */
            paidDealsTurnover: string;
            /**
             * @description paidDealsTurnover ÷ redeemed (杠杆率); null while nothing is redeemed
             * @example 6.25
             */
            leverage: string | null;
        };
        PriceGuidanceResponse: {
            /** @description recorded deals behind the figures */
            n: number;
            /** @description true below five deals: no range is given */
            insufficient: boolean;
            /**
             * Format: date
             * @description deals signed after this day count (three years)
             */
            since: string;
            /** @enum {string|null} */
            field: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture" | null;
            /** @enum {string|null} */
            stage: "lab" | "pilot_small" | "pilot" | "industrial" | null;
            /** @enum {string|null} */
            mode: "development" | "transfer" | "license" | "consulting" | "service" | null;
            /**
             * @description 技术交易额, 25th percentile, three significant figures
             * @example 300000.00
             */
            p25?: string;
            /** @example 500000.00 */
            median?: string;
            /** @example 800000.00 */
            p75?: string;
        };
        BrokerCertificateDto: {
            /**
             * @description 技术经纪人证书编号 (6–40 letters, digits or hyphens)
             * @example ZJ-JJR-2026-00123
             */
            certificateNo: string;
        };
        BrokerCertificateResponse: {
            /** Format: uuid */
            userId: string;
            /** Format: uuid */
            organizationId: string;
            certificateNo: string;
            /** @enum {string} */
            status: "pending" | "verified";
            userName?: string | null;
            organizationName?: string | null;
            /** Format: date-time */
            verifiedAt: string | null;
        };
        ContactsResponse: {
            name: string | null;
            phone: string | null;
            email: string | null;
        };
        FollowResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            demandId: string;
            demandTitle: string;
            demandOrgName: string;
            /** Format: uuid */
            brokerUserId: string;
            brokerName: string;
            brokerOrgName: string;
            /** @enum {string} */
            status: "active" | "refused" | "ended";
            /** @enum {string} */
            stage: "screening" | "introduced" | "negotiating" | "signed" | "registered" | "dropped";
            stageLabel: string;
            stageReason: string | null;
            contactsAllowed: boolean;
            /** @description only to the broker, when the owner allowed it */
            contacts: components["schemas"]["ContactsResponse"] | null;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateFollowDto: {
            /**
             * @description the owner: refused or ended; the broker: ended
             * @enum {string}
             */
            status?: "refused" | "ended";
            /**
             * @description the broker’s stage of work (dropped needs a reason)
             * @enum {string}
             */
            stage?: "screening" | "introduced" | "negotiating" | "signed" | "registered" | "dropped";
            reason?: string;
            /** @description the owner lets the broker see the demand’s contacts */
            contactsAllowed?: boolean;
        };
        CreateIntroductionDto: {
            /**
             * Format: uuid
             * @description a demand the broker follows
             */
            demandId: string;
            /**
             * Format: uuid
             * @description a published outcome
             */
            outcomeId: string;
            /** @description why these two should talk: the first message of the conversation */
            note: string;
        };
        IntroductionMessageResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            authorOrgId: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
        };
        CreditedDealResponse: {
            /** Format: uuid */
            id: string;
            status: string;
            /** @example 1250000.00 */
            amount: string;
        };
        IntroductionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            demandId: string;
            demandTitle: string;
            /** Format: uuid */
            demandOrgId: string;
            demandOrgName: string;
            /** Format: uuid */
            outcomeId: string;
            /** Format: uuid */
            outcomeOrgId: string;
            outcomeTitle: string;
            outcomeOrgName: string;
            /** Format: uuid */
            brokerUserId: string;
            brokerName: string;
            /** Format: uuid */
            brokerOrgId: string;
            brokerOrgName: string;
            messages: components["schemas"]["IntroductionMessageResponse"][];
            /** @description deals between the two signed since the introduction: they credit the broker */
            deals: components["schemas"]["CreditedDealResponse"][];
            /** Format: date-time */
            createdAt: string;
        };
        IntroductionMessageDto: {
            body: string;
        };
        BrokerRankingResponse: {
            /** Format: uuid */
            brokerUserId: string;
            brokerName: string;
            /** Format: uuid */
            brokerOrgId: string;
            brokerOrgName: string;
            certificateNo: string;
            follows: number;
            /** @description introductions made in the year */
            introductions: number;
            /** @description deals of the year (signed) credited to the broker, cancelled and rejected left out */
            deals: number;
            /**
             * @description 成交额 of those deals that are recorded
             * @example 1250000.00
             */
            recordedTurnover: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    QueueBoardSession_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueBoardSessionResponse"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: bureau members only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description email or credit code already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description email or password is incorrect (the same answer for both) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every token issued to the caller so far stops working */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description the same answer, in about the same time, whether or not the address exists */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description LINK_INVALID: unknown, already used or older than an hour */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description LINK_INVALID: unknown, already used or expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a fresh verification link is mailed to the caller */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description EMAIL_ALREADY_VERIFIED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Me_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Me_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description a fresh token; every other token of the caller stops working */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_list: {
        parameters: {
            query?: {
                type?: "enterprise" | "institution" | "broker" | "bureau";
                verified?: boolean;
                q?: string;
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Members_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description its administrators and the bureau */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberListResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Members_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the member is disabled at once: their tokens answer 401 from now on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description LAST_ADMIN: the organization would be left without an active administrator */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Members_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description LAST_ADMIN: the organization would be left without an active administrator */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Members_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the member may sign in again; tokens issued before they were disabled stay revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description MEMBER_NOT_FOUND: the organization has no such member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Members_invitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description invitations not yet accepted and not expired */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationListResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Members_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteMemberDto"];
            };
        };
        responses: {
            /** @description a single-use link valid for 7 days is mailed to the address */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description EMAIL_TAKEN: the address already has an account */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Members_revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the invitation is withdrawn: its mailed link stops working at once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INVITATION_NOT_FOUND: no pending invitation of this organization has that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Invitations_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreviewResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Invitations_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description the user is created in the inviting organization and signed in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Demands_find: {
        parameters: {
            query?: {
                /** @description free text, Chinese or English */
                q?: string;
                field?: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
                mode?: "transfer" | "license" | "equity" | "joint_development" | "service";
                /** @description relevance when q has words, newest otherwise */
                sort?: "relevance" | "newest";
                page?: number;
                limit?: number;
                /** @description a place and every place in it: a province (33 or 330000), a city (3311 or 331100) or a county (331127) */
                region?: string;
                /** @description only demands whose budget is at least this (yuan) */
                budgetMin?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description published demands; hits never carry contact details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandSearchResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SEARCH_UNAVAILABLE: Meilisearch is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Demands_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDemandDto"];
            };
        };
        responses: {
            /** @description created as pending (待审核) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Demands_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description contacts only for owners, the bureau and members of verified organizations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description unknown, or not published and not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Demands_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDemandDto"];
            };
        };
        responses: {
            /** @description edited; back to pending review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description not your organization’s demand */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description closed or fulfilled demands cannot be edited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Demands_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Demands_reconfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 最近确认 is now; an expired listing is published again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description not your organization’s demand */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description only published or expired demands are reconfirmed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Demands_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description only pending demands are reviewed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Demands_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectListingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Demands_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description status changes, oldest first (owner and bureau) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusHistoryResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Outcomes_find: {
        parameters: {
            query?: {
                /** @description free text, Chinese or English */
                q?: string;
                field?: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
                mode?: "transfer" | "license" | "equity" | "joint_development" | "service";
                /** @description relevance when q has words, newest otherwise */
                sort?: "relevance" | "newest";
                page?: number;
                limit?: number;
                /** @description minimum technology readiness level */
                trlMin?: number;
                stage?: "lab" | "pilot_small" | "pilot" | "industrial";
                /** @description only outcomes asking at most this (yuan) */
                priceMax?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description published outcomes; hits never carry contact details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeSearchResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SEARCH_UNAVAILABLE: Meilisearch is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Outcomes_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOutcomeDto"];
            };
        };
        responses: {
            /** @description created as pending (待审核) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Outcomes_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description contacts only for owners, the bureau and members of verified organizations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description unknown, or not published and not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Outcomes_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOutcomeDto"];
            };
        };
        responses: {
            /** @description edited; back to pending review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description not your organization’s outcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description closed or fulfilled outcomes cannot be edited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Outcomes_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Outcomes_reconfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 最近确认 is now; an expired listing is published again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description not your organization’s outcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description only published or expired outcomes are reconfirmed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Outcomes_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description only pending outcomes are reviewed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Outcomes_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectListingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Outcomes_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description status changes, oldest first (owner and bureau) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusHistoryResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MyListings_demandsOf: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description any status when absent */
                status?: "pending" | "published" | "rejected" | "closed" | "fulfilled" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description own demands in any status, most recently changed first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MyListings_outcomesOf: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description any status when absent */
                status?: "pending" | "published" | "rejected" | "closed" | "fulfilled" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description own outcomes in any status, most recently changed first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomePageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_queue: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description both kinds when absent */
                type?: "demand" | "outcome";
                status?: "pending" | "published" | "rejected" | "closed" | "fulfilled" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description listings by status (pending by default), oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Inquiries_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description sent: opened by my organization; received: on my listings; both when absent */
                side?: "sent" | "received";
                status?: "open" | "closed" | "declined";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description inquiries my organization opened and those on its listings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Inquiries_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInquiryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INQUIRY_OWN_LISTING: the listing belongs to your organization */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the listing is unknown or not published */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INQUIRY_ALREADY_OPEN: your organization has an open inquiry on this listing */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Inquiries_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description unknown, or not between your organization and the other party */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Inquiries_message: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InquiryMessageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryMessageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INQUIRY_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Inquiries_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineInquiryDto"];
            };
        };
        responses: {
            /** @description declined with a reason the asker sees (declining twice changes nothing) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INQUIRY_DECLINE_OWNER_ONLY: only the listing’s owner declines */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INQUIRY_CLOSED: closed before it was declined */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Inquiries_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description closed (closing twice changes nothing) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DeclineStats_declines: {
        parameters: {
            query?: {
                /** @description defaults to the current year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the year's declined inquiries by the listing's field and the reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclineStatsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Matches_forDemand: {
        parameters: {
            query?: {
                /** @description how many matches, best first */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description published outcomes for a published demand, best first, with reasons */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeMatchesResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description MATCHING_UNAVAILABLE: Meilisearch is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Matches_forOutcome: {
        parameters: {
            query?: {
                /** @description how many matches, best first */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description published demands for a published outcome, best first, with reasons */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandMatchesResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description MATCHING_UNAVAILABLE: Meilisearch is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Vocabulary_list: {
        parameters: {
            query?: {
                kind?: "bridge" | "synonym";
                field?: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
                /** @description a word a trigger or term contains */
                q?: string;
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VocabularyPageResponse"];
                };
            };
            /** @description invalid filter or paging */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Vocabulary_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVocabularyEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VocabularyEntryResponse"];
                };
            };
            /** @description a field is invalid (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SYNONYM_CONFLICT: a word is in another synonym group */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Vocabulary_history: {
        parameters: {
            query?: {
                /** @description one entry’s history; all when absent */
                entryId?: string;
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VocabularyHistoryResponse"];
                };
            };
            /** @description invalid entry id or paging */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Vocabulary_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VocabularyEntryResponse"];
                };
            };
            /** @description malformed id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VOCABULARY_ENTRY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Vocabulary_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVocabularyEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VocabularyEntryResponse"];
                };
            };
            /** @description malformed id or an invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VOCABULARY_ENTRY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SYNONYM_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Keywords_suggest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestKeywordsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeywordSuggestionsResponse"];
                };
            };
            /** @description title missing or too long, text too long */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Subscriptions_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description my organization's subscriptions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionListResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Subscriptions_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubscriptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Subscriptions_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description unknown, or another organization's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Notifications_getPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the caller's notification settings (the daily digest is on until turned off) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Notifications_setPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesDto"];
            };
        };
        responses: {
            /** @description saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Notifications_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the bureau's notifications, or the caller organization's */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Notifications_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description marked read (again: unchanged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description unknown, or another organization's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Inbox_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description my organization's notifications, newest first, with the unread count */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Inbox_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description marked read (again: unchanged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxNotificationResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description unknown, or another organization's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Deals_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description year of signing */
                year?: number;
                status?: "declared" | "confirmed" | "disputed" | "registered" | "recorded" | "rejected" | "cancelled";
                contractType?: "development" | "transfer" | "license" | "consulting" | "service";
                field?: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Deals_create: {
        parameters: {
            query?: never;
            header: {
                /** @description one per new deal (1–128 visible ASCII characters), scoped to the caller organization */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDealDto"];
            };
        };
        responses: {
            /** @description a party (member of a verified organization) declares: `declared`, for the other party to confirm; the bureau posts a registered contract: `registered`, and a worker records it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDealResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description not the buyer or the seller, or the organization is not verified */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the Idempotency-Key was used with another body, or the registrationNo is held by another deal */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Deals_import: {
        parameters: {
            query?: never;
            header?: {
                /** @description one per file; the same file again (by key or by content) returns the same report */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportFileBody"];
            };
        };
        responses: {
            /** @description valid rows stored as registered deals; a worker records them */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealImportResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the Idempotency-Key was used for another file */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Deals_export: {
        parameters: {
            query?: {
                /** @description defaults to the current year */
                year?: number;
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the year's deals, CSV (UTF-8 with BOM) or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Deals_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description unknown, or not a deal of the caller organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Deals_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description confirmed by the other party; a 公示 opens when an institution sells at an agreed price */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the declaring side, or an unverified organization */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the deal is past this stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Deals_dispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description disputed by the other party, with its reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the declaring side, or an unverified organization */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the deal is past this stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Deals_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDealDto"];
            };
        };
        responses: {
            /** @description 认定登记: registered with its number; a worker records it into the turnover */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description not confirmed, the public notice still runs or has an open objection, or the registrationNo is held by another deal */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Deals_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description not registered, with the reason both parties read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the deal is already registered, recorded or cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Deals_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelDealDto"];
            };
        };
        responses: {
            /** @description the cancelled deal; cancelling again answers the same */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Targets_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no target set for this year */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Targets_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutTargetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Stats_attribution: {
        parameters: {
            query?: {
                /** @description defaults to the current year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the year's recorded turnover by the way it came: match, inquiry, elsewhere */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttributionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Stats_pipeline: {
        parameters: {
            query?: {
                /** @description defaults to the current year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deals of the signing year by stage, median days per step, large contracts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineStatsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Stats_turnover: {
        parameters: {
            query?: {
                /** @description defaults to the current year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description any year answers; without deals or target: zeros and a null target */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnoverStatsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Stats_export: {
        parameters: {
            query?: {
                /** @description defaults to the current year */
                year?: number;
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the turnover stats, CSV (UTF-8 with BOM) or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Notices_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description running notices, or the archive of ended ones; both when left out */
                state?: "running" | "ended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description public: running notices and the archive, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Notices_object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such notice */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the notice period has ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Notices_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                oid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveObjectionDto"];
            };
        };
        responses: {
            /** @description the resolved objection; resolving again keeps the first answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such notice or objection */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegistrationForm_form: {
        parameters: {
            query?: {
                format?: "json" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 技术合同登记表, pre-filled for the registration office: JSON, or XLSX with ?format=xlsx (parties and the bureau) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationFormResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["RegistrationFormResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such deal, or the caller is not a party */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the deal is not confirmed yet (declared, disputed) or was rejected or cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description a dependency is down; its check says which */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    Metrics_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description UNAUTHENTICATED: the Authorization header does not carry METRICS_TOKEN as a bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: metrics are off (METRICS_TOKEN is not set) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Regions_list: {
        parameters: {
            query?: {
                /** @description the division whose divisions to list; the provinces without it */
                parent?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionsResponse"];
                };
            };
            /** @description parent is not a 6-digit code */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description parent names no division */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VoucherBudgets_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherBudgetResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no budget set for this year */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VoucherBudgets_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutVoucherBudgetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherBudgetResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VOUCHER_BUDGET_EXCEEDED: below what is already issued */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Vouchers_list: {
        parameters: {
            query?: {
                /** @description defaults to the current year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Vouchers_issue: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body give back the same voucher */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueVoucherDto"];
            };
        };
        responses: {
            /** @description a repeat of an earlier request with the same Idempotency-Key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherResponse"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VOUCHER_BUDGET_EXCEEDED: no budget, or not enough left of it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Vouchers_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VOUCHER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Vouchers_redeem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeemVoucherDto"];
            };
        };
        responses: {
            /** @description the same redemption again: nothing more is redeemed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherRedemptionResponse"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherRedemptionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VOUCHER_REDEMPTION_REFUSED: deal not recorded, voucher expired or spent, deal share exceeded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VoucherStats_stats: {
        parameters: {
            query?: {
                /** @description defaults to the current year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherStatsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PriceGuidance_get: {
        parameters: {
            query?: {
                /** @description 技术领域 */
                field?: "electronics" | "biomedicine" | "aerospace" | "new_materials" | "high_tech_services" | "new_energy" | "resources_environment" | "advanced_manufacturing" | "modern_agriculture";
                /** @description stage of the outcome sold (its TRL): lab 1–3, pilot_small 4–5, pilot 6–7, industrial 8–9 */
                stage?: "lab" | "pilot_small" | "pilot" | "industrial";
                /** @description kind of contract: 技术开发, 转让, 许可, 咨询, 服务 */
                mode?: "development" | "transfer" | "license" | "consulting" | "service";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceGuidanceResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Brokers_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BrokerCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrokerCertificateResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Brokers_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrokerCertificateResponse"][];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Brokers_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrokerCertificateResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Brokers_ofDemand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description not the owner’s demand */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Brokers_follow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Brokers_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowResponse"][];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Brokers_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFollowDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Brokers_introductions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionResponse"][];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Brokers_introduce: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIntroductionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Brokers_introduction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTRODUCTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Brokers_message: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntroductionMessageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionMessageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no such resource, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Brokers_ranking: {
        parameters: {
            query?: {
                /** @description defaults to the current year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrokerRankingResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the fields named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description no valid token (or cookie session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description the caller’s organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
