// Menus built on <details data-dismissable> work without JavaScript; with it, they also close
// the way visitors expect: Escape (focus returns to the button), a click or tap outside, and
// opening one closes the other.
(function () {
    "use strict";
    const menus = () => document.querySelectorAll("details[data-dismissable][open]");

    document.addEventListener("keydown", (event) => {
        if (event.key !== "Escape") return;
        menus().forEach((menu) => {
            const hadFocus = menu.contains(document.activeElement);
            menu.open = false;
            if (hadFocus) menu.querySelector("summary").focus();
        });
    });

    document.addEventListener("click", (event) => {
        menus().forEach((menu) => {
            if (!menu.contains(event.target)) menu.open = false;
        });
    });

    document.querySelectorAll("details[data-dismissable]").forEach((menu) => {
        menu.addEventListener("toggle", () => {
            if (!menu.open) return;
            menus().forEach((other) => {
                if (other !== menu) other.open = false;
            });
        });
    });
})();
