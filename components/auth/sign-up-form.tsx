"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/lib/validations/errors";
import { signUpAction } from "@/app/(auth)/sign-up/actions";
import type { ActionState } from "@/lib/actions/safe-action";
import { PASSWORD_MIN, signUpSchema } from "@/lib/validations/auth";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<ActionState>({});
  const errors = state.errors ?? {};

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const formData = new FormData(form);
    // The same schema as the action: instant feedback, and the server checks again.
    const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      setState({ errors: fieldErrors(parsed.error) });
      return;
    }
    startTransition(async () => {
      const result = await signUpAction({}, formData);
      if (!result.ok) {
        setState(result);
        // Everything else stays as typed; the password is never echoed back.
        const password = form.elements.namedItem("password");
        if (password instanceof HTMLInputElement) password.value = "";
        return;
      }
      const res = await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
      if (!res || res.error) {
        setState({ message: "Your account is ready, but signing in failed. Please sign in." });
        router.push("/sign-in");
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={state.errors && !state.message ? undefined : state.message} />
      <TextField id="name" label="Your name" autoComplete="name" required errors={errors.name} />
      <TextField id="email" label="Email" type="email" autoComplete="email" required errors={errors.email} />
      <TextField
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN} characters.`}
        errors={errors.password}
      />
      <Button type="submit" className="w-full" pending={pending}>
        Create account
      </Button>
    </form>
  );
}
