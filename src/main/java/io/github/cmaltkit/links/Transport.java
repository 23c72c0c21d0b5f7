package io.github.cmaltkit.links;

import java.net.URI;

/** Sends one request and says what it got; never throws for a failure of the network. */
interface Transport {

    /** {@code method} is HEAD or GET; a GET reads at most the start of an HTML page. */
    Exchange send(String method, URI uri);
}
