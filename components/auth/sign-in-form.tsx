"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/lib/validations/errors";
import { signInSchema } from "@/lib/validations/auth";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState(initialError);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      setMessage(undefined);
      return;
    }
    setErrors({});
    startTransition(async () => {
      const res = await signIn("credentials", { ...parsed.data, redirect: false, callbackUrl });
      if (!res || res.error) {
        setMessage(res?.error && res.error !== "CredentialsSignin" ? res.error : "Email or password is incorrect.");
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <TextField id="email" label="Email" type="email" autoComplete="email" required errors={errors.email} />
      <TextField id="password" label="Password" type="password" autoComplete="current-password" required errors={errors.password} />
      <Button type="submit" className="w-full" pending={pending}>
        Sign in
      </Button>
    </form>
  );
}
