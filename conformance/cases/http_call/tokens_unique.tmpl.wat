;; http_call/tokens_unique: every on_configure makes one HTTP call; the
;; guest keeps every token it was given (from 1024 on) and traps if a new
;; one equals any earlier one, answered or not.  on_http_call_response
;; logs the position (1-based, one digit) of the token it is given among
;; those, or "?" for a token it never received; the answer to the third
;; call makes a new call from inside on_http_call_response.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  (data (i32.const 160) "?123456789")
  (global $n (mut i32) (i32.const 0))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 4096))
  ;; the position of $t among the tokens kept, 0 if none
  (func $find (param $t i32) (result i32)
    (local $i i32)
    (block $end
      (loop $next
        (br_if $end (i32.ge_u (local.get $i) (global.get $n)))
        (if (i32.eq (i32.load (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 2))))
                    (local.get $t))
          (then (return (i32.add (local.get $i) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 0))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func $new
    (if (i32.eqz (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61)
                                  (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                                  (i32.const 1000) (i32.const 600)))
      (then
        (if (call $find (i32.load (i32.const 600))) (then unreachable))
        (i32.store (i32.add (i32.const 1024) (i32.shl (global.get $n) (i32.const 2)))
                   (i32.load (i32.const 600)))
        (global.set $n (i32.add (global.get $n) (i32.const 1))))))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $new)
    (i32.const 1))
  (func (export "proxy_on_http_call_response") (param i32) (param $token i32) (param i32 i32 i32)
    (local $at i32)
    (local.set $at (call $find (local.get $token)))
    (drop (call $log (i32.const 2) (i32.add (i32.const 160) (local.get $at))
                     (i32.const 1)))
    (if (i32.eq (local.get $at) (i32.const 3)) (then (call $new)))))
